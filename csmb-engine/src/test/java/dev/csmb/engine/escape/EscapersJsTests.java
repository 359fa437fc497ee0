package dev.csmb.engine.escape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.csmb.engine.testkit.HostileStrings;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Escapers#js}: examples, and hostile strings evaluated back by a real Node.js. */
class EscapersJsTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "He said \"hi\"          | \"He said \\\"hi\\\"\"",
        "back\\slash             | \"back\\\\slash\"",
        "</script>               | \"\\u003C/script>\"",
        "<!--                    | \"\\u003C!--\"",
        "a */ b                  | \"a *\\/ b\"",
        "a/b                     | \"a/b\"",
        "${x} and `t`            | \"${x} and `t`\"",
        "''                      | \"\"",
    })
    void examples(String text, String expected) {
        assertThat(Escapers.js(text)).isEqualTo(expected);
    }

    @Test
    void escapesLineTerminatorsControlsAndBidiAsVisibleEscapes() {
        assertThat(Escapers.js("a\nb\rc\td\u2028e\u2029f")).isEqualTo("\"a\\nb\\rc\\td\\u2028e\\u2029f\"");
        assertThat(Escapers.js("\0\u0007\u001B\u007F\u0085")).isEqualTo("\"\\u0000\\u0007\\u001B\\u007F\\u0085\"");
        assertThat(Escapers.js("x\u202Ey\u2066z\u200B\uFEFF")).isEqualTo("\"x\\u202Ey\\u2066z\\u200B\\uFEFF\"");
    }

    @Test
    void keepsEmojiAndRightToLeftLettersReplacesLoneSurrogates() {
        String visible = "\uD83D\uDE00 \u05E9\u05DC\u05D5\u05DD";
        assertThat(Escapers.js(visible)).isEqualTo("\"" + visible + "\"");
        assertThat(Escapers.js("a\uD800b\uDC00")).isEqualTo("\"a\uFFFDb\uFFFD\"");
        assertThat(Escapers.js("\uDB40\uDC01")).isEqualTo("\"\\uDB40\\uDC01\"");
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> Escapers.js(null)).withMessage("text must not be null");
    }

    @TestFactory
    Stream<DynamicNode> nodeReadsBackEveryHostileString() throws Exception {
        List<PropertyCase> cases = PropertyCase.sample();
        ArrayNode sources = MAPPER.createArrayNode();
        cases.forEach(c -> sources.add(Escapers.js(c.input())));
        JsonNode results = MAPPER.readTree(NodeProcess.run("eval-js.cjs", MAPPER.writeValueAsString(sources)));
        return PropertyCase.check("node evaluates js(s) to s", cases, c -> {
            JsonNode result = results.get(c.index());
            assertThat(result.has("error")).as("%s: %s", c.context(), result.path("error").asText()).isFalse();
            String expected = HostileStrings.withoutLoneSurrogates(c.input());
            assertThat(result.get("value").asText()).as(c.context()).isEqualTo(expected);
        });
    }

    @TestFactory
    Stream<DynamicNode> outputIsOneLineAndSafeInsideAScriptBlock() {
        return PropertyCase.check("js(s) has no raw line terminator, '<', control or bidi character",
                PropertyCase.sample(), c -> EscapedTokens.assertPlainQuotedLiteral(Escapers.js(c.input()), c));
    }
}
