package dev.csmb.engine.escape;

import dev.csmb.api.Stable;
import java.util.Objects;

/**
 * Puts user- and plugin-supplied text (ids, names, file paths, a plugin's exception message) into a message for
 * people: on one line, with controls, invisible format characters, bidi overrides and lone surrogates written as
 * {@code \}{@code uXXXX}, so a message always shows what the text really is and cannot reorder or hide itself.
 * Every csmb message that echoes such text goes through here.
 */
@Stable
public final class MessageText {

    private static final int MAX_QUOTED = 60;

    private MessageText() {
    }

    /** {@code text} with controls, invisible characters and lone surrogates written as {@code \}{@code uXXXX}. */
    public static String printable(String text) {
        Objects.requireNonNull(text, "text must not be null");
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            int type = Character.getType(c);
            boolean hidden = type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            out.append(hidden ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }

    /** {@code text} as a double-quoted string literal, shortened: {@code "web-hooks"}, {@code "a\nb"}. */
    public static String quote(String text) {
        Objects.requireNonNull(text, "text must not be null");
        int cut = text.offsetByCodePoints(0, Math.min(MAX_QUOTED, text.codePointCount(0, text.length())));
        return Escapers.json(cut < text.length() ? text.substring(0, cut) + "..." : text);
    }

    /** {@code text} between single quotes, printable and shortened: {@code 'cli-interface'}. */
    public static String name(String text) {
        Objects.requireNonNull(text, "text must not be null");
        int count = text.codePointCount(0, text.length());
        String shown = count > MAX_QUOTED ? text.substring(0, text.offsetByCodePoints(0, MAX_QUOTED)) + "..." : text;
        return "'" + printable(shown) + "'";
    }
}
