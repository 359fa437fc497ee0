package dev.csmb.engine.escape;

import dev.csmb.api.Stable;
import java.util.Objects;

/**
 * Escaping for every context user text can reach in a generated project. Each method returns a complete,
 * self-delimiting token for its context (a quoted literal where the context has one), so that the text
 * reads back unchanged and cannot break out of its place.
 *
 * <p>Rules every method follows:
 * <ul>
 *   <li>Any Java string is accepted. A lone surrogate (half of a UTF-16 pair), which no UTF-8 file can hold,
 *       is written as U+FFFD REPLACEMENT CHARACTER; emoji and other surrogate pairs are kept.</li>
 *   <li>Where the context has escapes, invisible characters that can make code display differently from what
 *       it is (bidi overrides such as U+202E, zero-width characters, line and paragraph separators) are
 *       escaped so they are visible in the file.</li>
 *   <li>The quoted tokens ({@link #js}, {@link #json}, {@link #yaml}, {@link #env}) never contain a raw line
 *       terminator, and {@link #markdown} none either: each fits on the line where the template puts it.</li>
 * </ul>
 * What each context cannot represent, and what is written instead, is listed on its method.
 */
@Stable
public final class Escapers {

    private Escapers() {
    }

    /**
     * A JavaScript string literal, with its double quotes: {@code He said "hi"} becomes
     * {@code "He said \"hi\""}. Controls, line and paragraph separators, bidi and other format characters and
     * noncharacters are written as {@code \}{@code uXXXX}; {@code <} as {@code \}{@code u003C}, so the literal
     * may sit in an HTML {@code <script>} block; a comment end ({@code *}{@code /}) as {@code *\/}. Lossless
     * except for lone surrogates. Place it where an expression goes, not inside a template literal or comment.
     */
    public static String js(String text) {
        return JsStringEscaper.quote(Objects.requireNonNull(text, "text must not be null"));
    }

    /**
     * A JSON string literal, with its double quotes. Uses exactly the escapes of {@link #js} (all of them are
     * valid JSON), so the two agree; lossless except for lone surrogates.
     */
    public static String json(String text) {
        return JsStringEscaper.quote(Objects.requireNonNull(text, "text must not be null"));
    }

    /**
     * A YAML double-quoted scalar, with its quotes, on one line; use it as a mapping value or sequence entry.
     * Controls are written as {@code \xNN} (tab, LF, CR as {@code \t \n \r}), line and paragraph separators,
     * format characters and noncharacters as {@code \}{@code uXXXX}. Lossless except for lone surrogates.
     */
    public static String yaml(String text) {
        return YamlEscaper.quote(Objects.requireNonNull(text, "text must not be null"));
    }

    /**
     * A value for a {@code .env} line ({@code NAME=<value>}), double-quoted, on one line, read back by Node's
     * {@code --env-file}/{@code process.loadEnvFile} and by {@code dotenv}. The format has almost no escapes,
     * so this one is lossy: line breaks read back as LF, {@code "} becomes {@code '}, a backslash before
     * {@code n}, {@code r} or the end becomes U+FF3C, controls (except tab) and bidi embedding/override/isolate
     * controls become U+FFFD. Other printable text, {@code #}, {@code '}, backticks and {@code $} included, reads
     * back unchanged.
     */
    public static String env(String text) {
        return EnvEscaper.quote(Objects.requireNonNull(text, "text must not be null"));
    }

    /**
     * Markdown inline text that CommonMark renders as exactly {@code text}, on one line. Special punctuation is
     * backslash-escaped (block markers such as {@code #}, {@code >}, {@code -} and {@code 1.} only where they
     * would start a block); line breaks become {@code <br>}; leading and trailing whitespace, tabs, controls and
     * invisible format characters become numeric character references; NUL becomes U+FFFD.
     */
    public static String markdown(String text) {
        return MarkdownEscaper.escape(Objects.requireNonNull(text, "text must not be null"));
    }

    /**
     * HTML text or quoted attribute-value content: {@code & < > " '} as {@code &amp; &lt; &gt; &quot; &#39;},
     * invisible format characters and separators as numeric references, form feed as {@code &#xC;}. CR and CRLF
     * become LF (as HTML parsers read them); other controls and noncharacters, which HTML allows neither raw nor
     * as references, become U+FFFD.
     */
    public static String html(String text) {
        return HtmlEscaper.escape(Objects.requireNonNull(text, "text must not be null"));
    }
}
