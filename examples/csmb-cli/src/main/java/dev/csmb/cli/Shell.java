package dev.csmb.cli;

import java.util.regex.Pattern;

/** Quoting for text a user will paste into a POSIX shell, such as the {@code cd} in the next steps. */
public final class Shell {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

    private Shell() {
    }

    /** The text as one shell word: unchanged when it is plainly safe, else single-quoted. */
    public static String quote(String text) {
        if (SAFE.matcher(text).matches()) {
            return text;
        }
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
