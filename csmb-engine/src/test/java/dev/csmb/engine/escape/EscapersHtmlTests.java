package dev.csmb.engine.escape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.csmb.engine.testkit.HostileStrings;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** {@link Escapers#html}: examples, and hostile strings decoded back by a reference character-reference decoder. */
class EscapersHtmlTests {

    @Test
    void examples() {
        assertThat(Escapers.html("He said \"hi\"")).isEqualTo("He said &quot;hi&quot;");
        assertThat(Escapers.html("<a href='x'>&</a>")).isEqualTo("&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;");
        assertThat(Escapers.html("</script><!--")).isEqualTo("&lt;/script&gt;&lt;!--");
        assertThat(Escapers.html("")).isEmpty();
        assertThat(Escapers.html("a\nb\tc\fd")).isEqualTo("a\nb\tc&#xC;d");
    }

    @Test
    void normalizesCarriageReturnsAndReplacesWhatHtmlCannotHold() {
        assertThat(Escapers.html("a\r\nb\rc")).isEqualTo("a\nb\nc");
        assertThat(Escapers.html("\0\u0007\u007F\u0080\u009F\uFFFE\uFDD0\uD800")).isEqualTo("\uFFFD".repeat(8));
    }

    @Test
    void showsInvisibleCharactersAsReferencesAndKeepsVisibleUnicode() {
        assertThat(Escapers.html("x\u202Ey\u2028\u200B\uFEFF")).isEqualTo("x&#x202E;y&#x2028;&#x200B;&#xFEFF;");
        String visible = "\uD83D\uDE00 \u05E9\u05DC\u05D5\u05DD";
        assertThat(Escapers.html(visible)).isEqualTo(visible);
        assertThat(Escapers.html("\uDB40\uDC01")).isEqualTo("&#xE0001;");
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> Escapers.html(null)).withMessage("text must not be null");
    }

    @TestFactory
    Stream<DynamicNode> decodesBackToEveryHostileStringAsDocumented() {
        return PropertyCase.check("html(s) decodes to s as documented", PropertyCase.sample(), c ->
                assertThat(HtmlReference.decode(Escapers.html(c.input()), c)).as(c.context())
                        .isEqualTo(documentedReading(c.input())));
    }

    /** What the Javadoc of {@link Escapers#html} promises: CR and CRLF as LF, unrepresentable as U+FFFD. */
    private static String documentedReading(String input) {
        return HostileStrings.withoutLoneSurrogates(input)
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .replaceAll("[\\p{Cc}&&[^\t\n\f]]|\\p{IsNoncharacter_Code_Point}", "\uFFFD");
    }
}
