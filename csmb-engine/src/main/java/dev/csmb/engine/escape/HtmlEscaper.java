package dev.csmb.engine.escape;

/**
 * Writes HTML text that is safe both as element content and inside a quoted attribute value (either quote).
 *
 * <p>Escapes {@code & < > " '} as {@code &amp; &lt; &gt; &quot; &#39;}. Line and paragraph separators, bidi
 * controls and other invisible format characters become numeric references ({@code &#x202E;}) so they show in
 * the source. Line feed and tab stay; form feed becomes {@code &#xC;}. A carriage return (alone or in CRLF)
 * becomes a line feed, as an HTML parser would read it anyway. Characters that HTML allows neither raw nor as
 * a reference (NUL and the other controls, whose references are parse errors or, for U+0080..U+009F, are read
 * as Windows-1252 characters; and noncharacters) become U+FFFD.
 */
final class HtmlEscaper {

    private HtmlEscaper() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i += CodePoints.width(text, i)) {
            int cp = CodePoints.at(text, i);
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n', '\t' -> out.append((char) cp);
                case '\f' -> out.append("&#xC;");
                case '\r' -> {
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        out.append('\n');
                    }
                }
                default -> {
                    if (CodePoints.isControl(cp) || CodePoints.isNoncharacter(cp)) {
                        out.appendCodePoint(CodePoints.REPLACEMENT);
                    } else if (CodePoints.isInvisible(cp)) {
                        out.append("&#x").append(CodePoints.hex(cp, 2)).append(';');
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        }
        return out.toString();
    }
}
