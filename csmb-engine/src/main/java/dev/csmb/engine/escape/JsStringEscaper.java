package dev.csmb.engine.escape;

/**
 * Writes double-quoted string literals that are valid both as JSON and as JavaScript (ES2019 and later), so
 * that one well-tested encoder serves {@link Escapers#js} and {@link Escapers#json}.
 *
 * <p>Beyond what JSON requires ({@code "}, {@code \}, controls), it escapes as {@code \}{@code uXXXX}: line and
 * paragraph separators and every other invisible format character (bidi controls, zero-width characters, BOM),
 * so they show in the source instead of silently reordering or hiding it ("Trojan Source"); noncharacters; and
 * {@code <}, so that neither {@code </script>} nor {@code <!--} can appear inside an HTML script block. A
 * {@code /} right after {@code *} is written {@code \/}, so the literal never contains a comment end either.
 */
final class JsStringEscaper {

    private JsStringEscaper() {
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16).append('"');
        int previous = -1;
        for (int i = 0; i < text.length(); i += CodePoints.width(text, i)) {
            int cp = CodePoints.at(text, i);
            switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '<' -> out.append("\\u003C");
                case '/' -> out.append(previous == '*' ? "\\/" : "/");
                default -> {
                    if (CodePoints.isControl(cp) || CodePoints.isInvisible(cp) || CodePoints.isNoncharacter(cp)) {
                        CodePoints.appendUtf16Escape(out, cp);
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
            previous = cp;
        }
        return out.append('"').toString();
    }
}
