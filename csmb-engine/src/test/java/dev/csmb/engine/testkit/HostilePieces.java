package dev.csmb.engine.testkit;

import java.util.List;

/** The fixed hostile fragments {@link HostileStrings} starts from and mixes into every string it makes. */
public final class HostilePieces {

    private static final List<String> ALL = List.of(
            // quoting and interpolation in JS, JSON, YAML, shells
            "\"", "'", "`", "${x}", "${process.exit(1)}", "\\", "\\\\", "\\\"", "\\n", "\\r", "\\u0041", "\\x41",
            "trailing\\", "\"; alert(1); //", "'); DROP TABLE sessions; --", "#{x}", "{{x}}", "{{{x}}}", "$HOME",
            // comments and HTML
            "*/", "/*", "//", "</script>", "</SCRIPT >", "<!--", "-->", "<script>alert(1)</script>", "<b>bold</b>",
            "<div>", "<br>", "&", "&amp;", "&#x41;", "&#0;", "&lt;", "<http://example.com>", "a&b", "a < b > c",
            // line terminators, whitespace and controls
            "\n", "\r", "\r\n", "\n\r", "\u2028", "\u2029", "\u0085", "\t", "\u000B", "\f", "\b", "\0", "\u0007",
            "\u001B[31mred\u001B[0m", "\u007F", "\u0080", "\u009B", "\u009F", " ", "   ", "\u00A0", "\u3000",
            " leading", "trailing ", "  both  ", "line1\nline2", "a\r\nb", "\t\tindent",
            // Unicode edge cases: lone surrogates, noncharacters, emoji, RTL and bidi controls
            "\uD800", "\uDFFF", "\uDC00\uD800", "x\uD83D", "\uD83Dx", "\uFFFE", "\uFFFF", "\uFDD0", "\uDBFF\uDFFF",
            "\uFEFF", "\u200B", "\u200D", "\u00AD", "\uE000", "\uFFFD", "e\u0301", "\uD83D\uDE00",
            "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uD83C\uDDE9\uD83C\uDDEA", "\u05E9\u05DC\u05D5\u05DD",
            "\u0645\u0631\u062D\u0628\u0627", "\u202E", "\u202A", "\u202B", "\u202C", "\u202D", "\u2066", "\u2067",
            "\u2068", "\u2069", "\u200E", "\u200F", "\u061C", "access\u202E \u2066// admin\u2069\u2066",
            "\uDB40\uDC01", "\uD834\uDD73",
            // Markdown block and inline syntax
            "# heading", "#", "###", "> quote", "- item", "* item", "+ item", "1. item", "1) item", "123456789. x",
            "---", "===", "***", "___", "- - -", "```", "~~~", "    code", "[link](http://x)", "![img](x)",
            "[ref]: /url", "| a | b |", "_em_", "*em*", "**strong**", "~~strike~~", "`code`", "$x$", "$$", "\\*",
            "a  \nb", "[^1]", "<!-- c -->", "end #", "heading ##",
            // YAML and .env syntax
            ": ", "- ", "? ", "!tag", "&anchor", "*alias", "%YAML 1.2", "--- ", "...", "yes", "no", "null", "~",
            "true", "0x1F", "1e3", ".inf", "NaN", "@", "KEY=VALUE", "export X=1", "\"#\"", "a # b", "=",
            "");

    private HostilePieces() {
    }

    /** Every fragment, in a fixed order. */
    public static List<String> all() {
        return ALL;
    }
}
