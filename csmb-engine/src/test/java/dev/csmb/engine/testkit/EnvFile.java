package dev.csmb.engine.testkit;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the variable names a {@code .env} file assigns, as dotenv-style parsers would. */
public final class EnvFile {

    private static final Pattern ASSIGNMENT = Pattern.compile("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\\s*=");

    private EnvFile() {
    }

    /** The names assigned on non-comment lines. */
    public static Set<String> variables(String text) {
        Set<String> names = new TreeSet<>();
        for (String line : text.split("\r\n|\r|\n")) {
            Matcher m = ASSIGNMENT.matcher(line);
            if (!line.stripLeading().startsWith("#") && m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
