package dev.csmb.engine.codec;

import java.util.regex.Pattern;

/** Field paths and text from a configuration file in violation messages; see {@link dev.csmb.engine.escape.MessageText}. */
final class MessageText {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_-]+");

    private MessageText() {
    }

    static String quote(String text) {
        return dev.csmb.engine.escape.MessageText.quote(text);
    }

    /** A key as it appears in a field path: as is when it is a plain name, otherwise quoted. */
    static String fieldName(String key) {
        return PLAIN_NAME.matcher(key).matches() ? key : quote(key);
    }

    static String printable(String text) {
        return dev.csmb.engine.escape.MessageText.printable(text);
    }
}
