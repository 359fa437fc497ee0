package dev.csmb.engine.escape;

import java.util.Locale;

/**
 * The character classes the escapers share, and the one policy they all follow for text that is not valid
 * Unicode: a lone surrogate (half of a UTF-16 pair without its other half) cannot be written to a UTF-8 file,
 * so every escaper writes U+FFFD REPLACEMENT CHARACTER in its place.
 */
final class CodePoints {

    /** U+FFFD, written for every lone surrogate. */
    static final int REPLACEMENT = 0xFFFD;

    private CodePoints() {
    }

    /** The code point at {@code index}, with a lone surrogate read as U+FFFD. */
    static int at(String text, int index) {
        int cp = text.codePointAt(index);
        return cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE ? REPLACEMENT : cp;
    }

    /** How many UTF-16 units the code point at {@code index} takes in {@code text} (a lone surrogate takes one). */
    static int width(String text, int index) {
        return Character.charCount(text.codePointAt(index));
    }

    /** C0 and C1 controls and DEL (Unicode category Cc). */
    static boolean isControl(int cp) {
        return Character.getType(cp) == Character.CONTROL;
    }

    /**
     * Characters that are invisible or move other text around: format characters (category Cf: bidi controls,
     * zero-width characters, the byte order mark, the soft hyphen) and the line and paragraph separators.
     */
    static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** The explicit bidi embeddings, overrides and isolates that "Trojan Source" attacks use. */
    static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    /** Unicode noncharacters: U+FDD0..U+FDEF and the last two code points of every plane. */
    static boolean isNoncharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }

    /** Line terminators in any of the contexts we write: LF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
    static boolean isLineTerminator(int cp) {
        return cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }

    /** Appends {@code cp} as {@code \}{@code uXXXX} escapes (two for a supplementary code point), upper-case hex. */
    static void appendUtf16Escape(StringBuilder out, int cp) {
        for (char unit : Character.toChars(cp)) {
            out.append("\\u").append(hex(unit, 4));
        }
    }

    /** {@code value} in upper-case hex, zero-padded to {@code digits}. */
    static String hex(int value, int digits) {
        String hex = Integer.toHexString(value).toUpperCase(Locale.ROOT);
        return "0".repeat(Math.max(0, digits - hex.length())) + hex;
    }
}
