package dev.csmb.engine.codec;

import dev.csmb.engine.escape.Escapers;
import java.util.regex.Pattern;

/**
 * Puts text from a configuration file into violation messages and field paths safely: on one line, with
 * controls, invisible characters and bidi overrides shown as escapes, and long values shortened.
 */
final class MessageText {

    private static final int MAX_QUOTED = 60;
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_-]+");

    private MessageText() {
    }

    /** {@code text} as a double-quoted string literal, shortened: {@code "web-hooks"}, {@code "a\nb"}. */
    static String quote(String text) {
        int cut = text.offsetByCodePoints(0, Math.min(MAX_QUOTED, text.codePointCount(0, text.length())));
        return Escapers.json(cut < text.length() ? text.substring(0, cut) + "..." : text);
    }

    /** A key as it appears in a field path: as is when it is a plain name, otherwise quoted. */
    static String fieldName(String key) {
        return PLAIN_NAME.matcher(key).matches() ? key : quote(key);
    }

    /** {@code text} with controls, invisible characters and lone surrogates written as {@code \}{@code uXXXX}. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            int type = Character.getType(c);
            boolean hidden = type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            out.append(hidden ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
