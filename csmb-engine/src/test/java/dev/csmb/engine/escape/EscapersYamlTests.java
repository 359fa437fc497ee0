package dev.csmb.engine.escape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.csmb.engine.testkit.HostileStrings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.Yaml;

/** {@link Escapers#yaml}: examples, and hostile strings read back by SnakeYAML, directly and through Jackson. */
class EscapersYamlTests {

    private static final YAMLMapper MAPPER = new YAMLMapper();

    @Test
    void examples() {
        assertThat(Escapers.yaml("He said \"hi\"")).isEqualTo("\"He said \\\"hi\\\"\"");
        assertThat(Escapers.yaml("")).isEqualTo("\"\"");
        assertThat(Escapers.yaml("a\\b # c: d")).isEqualTo("\"a\\\\b # c: d\"");
        assertThat(Escapers.yaml("l1\nl2\r\tx")).isEqualTo("\"l1\\nl2\\r\\tx\"");
        assertThat(Escapers.yaml("\0\u007F\u0085\u009F")).isEqualTo("\"\\x00\\x7F\\x85\\x9F\"");
        assertThat(Escapers.yaml("\u2028\u202E\uFEFF\uFFFE")).isEqualTo("\"\\u2028\\u202E\\uFEFF\\uFFFE\"");
        assertThat(Escapers.yaml("\uDB40\uDC01")).isEqualTo("\"\\U000E0001\"");
        assertThat(Escapers.yaml("\uD83D\uDE00 \u05E9")).isEqualTo("\"\uD83D\uDE00 \u05E9\"");
        assertThat(Escapers.yaml("yes")).isEqualTo("\"yes\"");
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> Escapers.yaml(null)).withMessage("text must not be null");
    }

    @TestFactory
    Stream<DynamicNode> jacksonReadsBackEveryHostileStringAsAMappingValue() {
        return PropertyCase.check("Jackson YAML reads 'v: yaml(s)' as s", PropertyCase.sample(), c -> {
            JsonNode tree = readTree("v: " + Escapers.yaml(c.input()) + "\nafter: 1\n", c);
            assertThat(tree.get("v").isTextual()).as(c.context()).isTrue();
            assertThat(tree.get("v").textValue()).as(c.context()).isEqualTo(expected(c));
            assertThat(tree.get("after").intValue()).as("%s: the next key survives", c.context()).isEqualTo(1);
        });
    }

    @TestFactory
    Stream<DynamicNode> snakeYamlReadsBackEveryHostileStringAsASequenceEntry() {
        return PropertyCase.check("SnakeYAML reads '- yaml(s)' as s", PropertyCase.sample(), c -> {
            Object loaded = new Yaml().load("list:\n  - " + Escapers.yaml(c.input()) + "\n  - end\n");
            assertThat(loaded).as(c.context()).isEqualTo(Map.of("list", List.of(expected(c), "end")));
        });
    }

    @TestFactory
    Stream<DynamicNode> outputIsOneQuotedLineWithNothingInvisible() {
        return PropertyCase.check("yaml(s) is quoted, one line, nothing invisible", PropertyCase.sample(), c -> {
            String token = Escapers.yaml(c.input());
            assertThat(token).as(c.context()).startsWith("\"").endsWith("\"").hasSizeGreaterThanOrEqualTo(2);
            EscapedTokens.assertNoRawSpecials(token, c);
        });
    }

    private static String expected(PropertyCase c) {
        return HostileStrings.withoutLoneSurrogates(c.input());
    }

    private static JsonNode readTree(String yaml, PropertyCase c) {
        try {
            return MAPPER.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(c.context() + ": " + e.getMessage(), e);
        }
    }
}
