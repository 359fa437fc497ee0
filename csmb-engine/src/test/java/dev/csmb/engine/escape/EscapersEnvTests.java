package dev.csmb.engine.escape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.csmb.engine.testkit.HostileStrings;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Escapers#env}: examples, and hostile strings read back by Node's real .env parser and dotenv's rules. */
class EscapersEnvTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern NOT_PLAIN =
            Pattern.compile("[\"\\p{Cc}\u0085\u2028\u2029\u202A-\u202E\u2066-\u2069\\p{Cs}&&[^\t]]|\\\\(?=[nr]|\\z)");

    @Test
    void examples() {
        assertThat(Escapers.env("He said hi")).isEqualTo("\"He said hi\"");
        assertThat(Escapers.env("")).isEqualTo("\"\"");
        assertThat(Escapers.env("a # b 'c' `d` $HOME ${X} =")).isEqualTo("\"a # b 'c' `d` $HOME ${X} =\"");
        assertThat(Escapers.env("l1\nl2\r\nl3\rl4\u2028l5")).isEqualTo("\"l1\\nl2\\nl3\\nl4\\nl5\"");
        assertThat(Escapers.env("He said \"hi\"")).isEqualTo("\"He said 'hi'\"");
        assertThat(Escapers.env("C:\\new\\x\\")).isEqualTo("\"C:\uFF3Cnew\\x\uFF3C\"");
        assertThat(Escapers.env("\0\u0007\t\u202E")).isEqualTo("\"\uFFFD\uFFFD\t\uFFFD\"");
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> Escapers.env(null)).withMessage("text must not be null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"  spaced  ", "A bot for #support that costs $5 = cheap", "it's `fine`",
        "\uD83D\uDE00 \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627", "path\\to\\file", "a\\\\b",
        "tab\there"})
    void printableTextReadsBackUnchangedInNode(String text) throws Exception {
        JsonNode read = readWithNode(List.of(Escapers.env(text)));
        assertThat(read.get("alone").get(0).asText()).isEqualTo(text);
        assertThat(read.get("loaded").get(0).asText()).isEqualTo(text);
    }

    @TestFactory
    Stream<DynamicNode> nodeAndDotenvReadBackEveryHostileStringAsDocumented() throws Exception {
        List<PropertyCase> cases = PropertyCase.sample();
        JsonNode read = readWithNode(cases.stream().map(c -> Escapers.env(c.input())).toList());
        return PropertyCase.check("Node and dotenv read env(s) as documented", cases, c -> {
            String expected = documentedReading(c.input());
            String token = Escapers.env(c.input());
            assertThat(read.get("alone").get(c.index()).asText()).as("%s: util.parseEnv alone", c.context())
                    .isEqualTo(expected);
            assertThat(read.get("together").get(c.index()).asText()).as("%s: in a file", c.context())
                    .isEqualTo(expected);
            assertThat(read.get("loaded").get(c.index()).asText()).as("%s: process.loadEnvFile", c.context())
                    .isEqualTo(expected);
            assertThat(DotenvRules.read(token, c)).as("%s: dotenv", c.context()).isEqualTo(expected);
            if (!NOT_PLAIN.matcher(c.input()).find()) {
                assertThat(expected).as("%s: printable text reads back unchanged", c.context()).isEqualTo(c.input());
            }
            assertThat(token).as("%s: one line, no control but tab, no bidi control", c.context())
                    .doesNotContainPattern("[\\p{Cc}\\p{Cs}\u2028\u2029\u202A-\u202E\u2066-\u2069&&[^\t]]");
        });
    }

    /** What the Javadoc of {@link Escapers#env} promises the parsers read back. */
    private static String documentedReading(String input) {
        return HostileStrings.withoutLoneSurrogates(input)
                .replace("\r\n", "\n")
                .replaceAll("[\r\u0085\u2028\u2029]", "\n")
                .replace('"', '\'')
                .replaceAll("\\\\(?=[nr]|\\z)", "\uFF3C")
                .replaceAll("[\\p{Cc}\u202A-\u202E\u2066-\u2069&&[^\t\n]]", "\uFFFD");
    }

    private static JsonNode readWithNode(List<String> tokens) throws Exception {
        ArrayNode values = MAPPER.createArrayNode();
        tokens.forEach(values::add);
        return MAPPER.readTree(NodeProcess.run("parse-env.cjs", MAPPER.writeValueAsString(values)));
    }
}
