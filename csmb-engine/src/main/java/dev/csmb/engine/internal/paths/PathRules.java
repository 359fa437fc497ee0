package dev.csmb.engine.internal.paths;

import dev.csmb.api.DefinitionException;
import dev.csmb.api.GeneratedFile;
import dev.csmb.api.GeneratedSolution;
import dev.csmb.api.Internal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules every generated file path must follow before anything is written: relative, forward slashes,
 * normalized, unique, and never both a file and a folder.
 *
 * <p>Names that differ only in letter case count as the same name, because the project must also unpack on
 * case-insensitive file systems (macOS, Windows). A colon is refused anywhere: on Windows it names a drive or
 * an alternate data stream.
 */
@Internal
public final class PathRules {

    private PathRules() {
    }

    /** Throws a {@link DefinitionException} naming every bad path of the solution; a bad path is a plugin bug. */
    public static void check(GeneratedSolution solution) {
        List<String> problems = new ArrayList<>();
        for (GeneratedFile file : solution.files()) {
            problem(file.path()).ifPresent(p -> problems.add(quote(file.path()) + " " + p));
        }
        if (problems.isEmpty()) {
            problems.addAll(collisions(solution.files()));
        }
        if (!problems.isEmpty()) {
            throw new DefinitionException("Platform '" + solution.platform().id()
                    + "' produced unsafe file paths, so nothing was written: " + String.join("; ", problems));
        }
    }

    /** What is wrong with one path on its own, if anything. */
    public static Optional<String> problem(String path) {
        if (path.isEmpty()) {
            return Optional.of("is empty");
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == 0) {
                return Optional.of("contains a NUL character");
            } else if (c < 0x20 || c == 0x7f) {
                return Optional.of("contains a control character");
            } else if (c == '\\') {
                return Optional.of("contains a backslash; use '/'");
            } else if (c == ':') {
                return Optional.of("contains ':' (a drive letter or stream name on Windows)");
            }
        }
        if (path.startsWith("/")) {
            return Optional.of("is absolute");
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty()) {
                return Optional.of("has an empty segment");
            } else if (segment.equals("..")) {
                return Optional.of("contains '..'");
            } else if (segment.equals(".")) {
                return Optional.of("is not normalized (contains '.')");
            }
        }
        return Optional.empty();
    }

    private static List<String> collisions(List<GeneratedFile> files) {
        List<String> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        Set<String> folders = new HashSet<>();
        for (GeneratedFile file : files) {
            String path = file.path();
            String previous = seen.putIfAbsent(key(path), path);
            if (previous != null) {
                problems.add(previous.equals(path) ? quote(path) + " appears twice"
                        : quote(previous) + " and " + quote(path) + " differ only in letter case");
            }
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                folders.add(key(path.substring(0, slash)));
            }
        }
        for (GeneratedFile file : files) {
            if (folders.contains(key(file.path()))) {
                problems.add(quote(file.path()) + " is both a file and a folder");
            }
        }
        return problems;
    }

    private static String key(String path) {
        return path.toLowerCase(Locale.ROOT);
    }

    private static String quote(String path) {
        return "'" + path.replace("\0", "\\0") + "'";
    }
}
