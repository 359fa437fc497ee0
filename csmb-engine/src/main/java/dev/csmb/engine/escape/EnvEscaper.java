package dev.csmb.engine.escape;

/**
 * Writes one-line, double-quoted {@code .env} values for Node's own parser ({@code --env-file},
 * {@code process.loadEnvFile}, {@code util.parseEnv}) and the {@code dotenv} package.
 *
 * <p>Both parsers take a double-quoted value up to the closing quote and know exactly one escape: {@code \n}
 * becomes a line feed (dotenv also turns {@code \r} into a carriage return). There is no way to write a quote
 * or a backslash. So the value reads back unchanged for printable text without {@code "} and without a
 * {@code \} directly before {@code n}, {@code r} or the end; the rest is changed as follows:
 * <ul>
 *   <li>every line break (LF, CR, CRLF, NEL, U+2028, U+2029) becomes {@code \n} and reads back as LF;</li>
 *   <li>{@code "} becomes {@code '};</li>
 *   <li>a {@code \} before {@code n} or {@code r}, or at the very end (where dotenv would take it as escaping
 *       the closing quote), becomes U+FF3C FULLWIDTH REVERSE SOLIDUS; every other backslash stays;</li>
 *   <li>other control characters (no escape exists, NUL cannot live in an environment variable) and the bidi
 *       embedding, override and isolate controls (which could make the line display differently from what it
 *       is) become U+FFFD; tab stays.</li>
 * </ul>
 * Neither parser expands {@code $VAR}; {@code dotenv-expand} would, and is not supported.
 */
final class EnvEscaper {

    /** Written for a backslash the parsers would misread. */
    static final int BACKSLASH_STAND_IN = 0xFF3C;

    private EnvEscaper() {
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8).append('"');
        for (int i = 0; i < text.length(); i += CodePoints.width(text, i)) {
            int cp = CodePoints.at(text, i);
            if (cp == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            }
            if (CodePoints.isLineTerminator(cp)) {
                out.append("\\n");
            } else if (cp == '"') {
                out.append('\'');
            } else if (cp == '\\') {
                int next = i + 1 < text.length() ? text.charAt(i + 1) : -1;
                out.appendCodePoint(next == 'n' || next == 'r' || next == -1 ? BACKSLASH_STAND_IN : '\\');
            } else if ((CodePoints.isControl(cp) && cp != '\t') || CodePoints.isBidiControl(cp)) {
                out.appendCodePoint(CodePoints.REPLACEMENT);
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.append('"').toString();
    }
}
