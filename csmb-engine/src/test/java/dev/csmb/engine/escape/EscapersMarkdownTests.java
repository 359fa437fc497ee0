package dev.csmb.engine.escape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.csmb.engine.testkit.HostileStrings;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Escapers#markdown}: examples, and hostile strings placed where templates put text (paragraph, heading,
 * list item, quote, table cell, after a line) and read back with a real CommonMark parser.
 */
class EscapersMarkdownTests {

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void examples(String text, String expected) {
        assertThat(Escapers.markdown(text)).isEqualTo(expected);
    }

    static Stream<Arguments> examples() {
        return Stream.of(
                arguments("He said \"hi\", it's fine!", "He said \"hi\", it's fine!"),
                arguments("# not a heading", "\\# not a heading"),
                arguments("> not a quote > really", "\\> not a quote > really"),
                arguments("- not a list - really", "\\- not a list - really"),
                arguments("+ no", "\\+ no"),
                arguments("=== no", "\\=== no"),
                arguments("1. not a list 2. really", "1\\. not a list 2. really"),
                arguments("2024) x", "2024\\) x"),
                arguments("1234567890. x", "1234567890. x"),
                arguments("*a* _b_ `c` [d](e) <f> |g|", "\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f> \\|g\\|"),
                arguments("Tom & Jerry &amp; &#35;", "Tom & Jerry \\&amp; \\&\\#35;"),
                arguments("$5 ~~x~~ \\", "\\$5 \\~\\~x\\~\\~ \\\\"),
                arguments("a\nb\r\nc\rd", "a<br>b<br>c<br>d"));
    }

    @Test
    void writesInvisibleCharactersAndEdgeWhitespaceAsReferences() {
        assertThat(Escapers.markdown(" x ")).isEqualTo("&#x20;x&#x20;");
        assertThat(Escapers.markdown("a\tb\u202Ec\u0007d\u2028")).isEqualTo("a&#x09;b&#x202E;c&#x07;d&#x2028;");
        assertThat(Escapers.markdown("\0\uD800")).isEqualTo("\uFFFD\uFFFD");
        assertThat(Escapers.markdown("\uD83D\uDE00 \u05E9")).isEqualTo("\uD83D\uDE00 \u05E9");
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> Escapers.markdown(null))
                .withMessage("text must not be null");
    }

    @TestFactory
    Stream<DynamicNode> commonMarkReadsBackEveryHostileStringInEveryPlace() {
        List<PropertyCase> cases = PropertyCase.sample().stream().filter(c -> !c.input().isEmpty()).toList();
        return Stream.of(
                place("paragraph", md -> md, List.of("Document", "Paragraph"), s -> s, cases),
                place("middle of a line", md -> "Intro: " + md + " end.", List.of("Document", "Paragraph"),
                        s -> "Intro: " + s + " end.", cases),
                place("heading", md -> "## " + md, List.of("Document", "Heading"), s -> s, cases),
                place("list item", md -> "- " + md, List.of("Document", "BulletList", "ListItem", "Paragraph"),
                        s -> s, cases),
                place("block quote", md -> "> " + md, List.of("Document", "BlockQuote", "Paragraph"), s -> s, cases),
                place("line after a paragraph line", md -> "First line\n" + md, List.of("Document", "Paragraph"),
                        s -> "First line" + CommonMarkReading.SOFT_BREAK + s, cases),
                place("table cell", md -> "| h |\n|---|\n| " + md + " |", List.of("Document", "TableBlock",
                        "TableHead", "TableRow", "TableCell", "TableBody", "TableRow", "TableCell"), s -> "h" + s,
                        cases))
                .flatMap(s -> s);
    }

    @TestFactory
    Stream<DynamicNode> outputIsOneLine() {
        return PropertyCase.check("markdown(s) has no raw line terminator or control", PropertyCase.sample(),
                c -> EscapedTokens.assertNoRawSpecials(Escapers.markdown(c.input()), c));
    }

    private static Stream<DynamicNode> place(String where, UnaryOperator<String> document, List<String> blocks,
                                             UnaryOperator<String> text, List<PropertyCase> cases) {
        return PropertyCase.check("CommonMark reads markdown(s) as s in a " + where, cases, c -> {
            CommonMarkReading reading = CommonMarkReading.of(document.apply(Escapers.markdown(c.input())));
            assertThat(reading.markup()).as(c.context()).isEmpty();
            assertThat(reading.blocks()).as(c.context()).isEqualTo(blocks);
            assertThat(reading.text()).as(c.context()).isEqualTo(text.apply(rendered(c.input())));
        });
    }

    /** The text CommonMark can show for {@code input}: lone surrogates and NUL as U+FFFD, line breaks as LF. */
    private static String rendered(String input) {
        return HostileStrings.withoutLoneSurrogates(input).replace('\0', '\uFFFD').replace("\r\n", "\n")
                .replace('\r', '\n');
    }
}
