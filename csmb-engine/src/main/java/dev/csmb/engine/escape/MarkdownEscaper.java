package dev.csmb.engine.escape;

/**
 * Writes Markdown inline text that a CommonMark (or GitHub-flavoured) renderer shows as exactly the given text,
 * on one line, so it is safe in a paragraph, a heading, a list item, a block quote or a table cell.
 *
 * <ul>
 *   <li>Always backslash-escaped, wherever they are: {@code \ ` * _ [ ] < # | ~ $} (emphasis, code, links,
 *       HTML and autolinks, heading closers, table cells, strikethrough, GitHub math) and {@code &} before a
 *       letter, digit or {@code #} (entity references).</li>
 *   <li>Escaped only at the start, where they would open a block: {@code > - + =} and the {@code .} or
 *       {@code )} of an ordered-list marker such as {@code 1.}. Other punctuation ({@code " ' , . ! ( )}) is
 *       left alone so the source stays readable.</li>
 *   <li>A line break (LF, CR or CRLF) becomes {@code <br>}, which renderers show as a line break. (A text that
 *       is one line break alone becomes a {@code <br>} line, an HTML block to CommonMark; it renders the same.)</li>
 *   <li>Space or other whitespace at the start or end becomes a numeric character reference (renderers would
 *       strip it, or read leading spaces as an indented code block).</li>
 *   <li>Tabs, control characters, line and paragraph separators, bidi controls and other invisible format
 *       characters become numeric character references ({@code &#x202E;}), so they show in the source;
 *       NUL becomes U+FFFD, as CommonMark itself would make it.</li>
 * </ul>
 */
final class MarkdownEscaper {

    private static final String ALWAYS = "\\`*_[]<#|~$";
    private static final String AT_START = ">-+=";

    private MarkdownEscaper() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int listMarkerEnd = orderedListMarkerEnd(text);
        for (int i = 0; i < text.length(); i += CodePoints.width(text, i)) {
            int cp = CodePoints.at(text, i);
            boolean edge = i == 0 || i + CodePoints.width(text, i) == text.length();
            if (cp == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            }
            if (cp == '\n' || cp == '\r') {
                out.append("<br>");
            } else if (cp == 0) {
                out.appendCodePoint(CodePoints.REPLACEMENT);
            } else if (cp == '\t' || CodePoints.isControl(cp) || CodePoints.isInvisible(cp)
                    || (edge && (Character.isWhitespace(cp) || Character.isSpaceChar(cp)))) {
                out.append("&#x").append(CodePoints.hex(cp, 2)).append(';');
            } else if (ALWAYS.indexOf(cp) >= 0 || (i == 0 && AT_START.indexOf(cp) >= 0) || i == listMarkerEnd
                    || (cp == '&' && startsReference(text, i + 1))) {
                out.append('\\').append((char) cp);
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** The index of the {@code .} or {@code )} ending a leading ordered-list marker (1 to 9 digits), or -1. */
    private static int orderedListMarkerEnd(String text) {
        int digits = 0;
        while (digits < text.length() && digits < 10 && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
            digits++;
        }
        boolean marker = digits >= 1 && digits <= 9 && digits < text.length()
                && (text.charAt(digits) == '.' || text.charAt(digits) == ')');
        return marker ? digits : -1;
    }

    private static boolean startsReference(String text, int index) {
        if (index >= text.length()) {
            return false;
        }
        char next = text.charAt(index);
        return next == '#' || (next < 128 && Character.isLetterOrDigit(next));
    }
}
