package dev.csmb.engine.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The module specifiers a generated JavaScript file refers to: static and dynamic imports, re-exports and JSDoc
 * {@code import('…')} types (a type import of a missing file is a broken file too).
 */
final class JsImports {

    private static final Pattern SPECIFIER = Pattern.compile(
            "(?:\\bfrom\\s*|\\bimport\\s*\\(\\s*|^\\s*import\\s+)['\"]([^'\"\\s]+)['\"]", Pattern.MULTILINE);

    private JsImports() {
    }

    /** Every specifier in the source, in order, duplicates kept. */
    static List<String> specifiers(String source) {
        List<String> found = new ArrayList<>();
        Matcher m = SPECIFIER.matcher(source);
        while (m.find()) {
            found.add(m.group(1));
        }
        return List.copyOf(found);
    }

    /** The project path a relative specifier in {@code fromPath} points to, e.g. {@code src/core/x.js}. */
    static String resolve(String fromPath, String specifier) {
        List<String> parts = new ArrayList<>(List.of(fromPath.split("/")));
        parts.remove(parts.size() - 1);
        for (String part : specifier.split("/")) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return "../" + specifier; // leaves the project; no generated file matches
                }
                parts.remove(parts.size() - 1);
            } else if (!part.equals(".")) {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    /** The npm package a bare specifier names: {@code eslint/config} → {@code eslint}, {@code @a/b/c} → {@code @a/b}. */
    static String packageName(String specifier) {
        String[] parts = specifier.split("/");
        return specifier.startsWith("@") && parts.length > 1 ? parts[0] + "/" + parts[1] : parts[0];
    }

    static boolean isRelative(String specifier) {
        return specifier.startsWith("./") || specifier.startsWith("../");
    }
}
