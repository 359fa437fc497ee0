package dev.csmb.engine.escape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.csmb.engine.testkit.HostileStrings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** {@link Escapers#json}: examples, and hostile strings parsed back by Jackson as exactly one JSON string. */
class EscapersJsonTests {

    /** Strict: no comments, no unquoted control characters, nothing non-standard. */
    private static final JsonMapper STRICT = JsonMapper.builder()
            .disable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .disable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    @Test
    void examples() {
        assertThat(Escapers.json("He said \"hi\"")).isEqualTo("\"He said \\\"hi\\\"\"");
        assertThat(Escapers.json("")).isEqualTo("\"\"");
        assertThat(Escapers.json("a\\b\n</script>")).isEqualTo("\"a\\\\b\\n\\u003C/script>\"");
        assertThat(Escapers.json("\u202E\u2028")).isEqualTo("\"\\u202E\\u2028\"");
        assertThat(Escapers.json("\u0001\u001F")).isEqualTo("\"\\u0001\\u001F\"");
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> Escapers.json(null)).withMessage("text must not be null");
    }

    @TestFactory
    Stream<DynamicNode> jacksonReadsBackEveryHostileString() {
        return PropertyCase.check("Jackson parses json(s) as the single string s", PropertyCase.sample(), c -> {
            String token = Escapers.json(c.input());
            assertThat(parseSingleString(token, c)).as(c.context())
                    .isEqualTo(HostileStrings.withoutLoneSurrogates(c.input()));
            EscapedTokens.assertPlainQuotedLiteral(token, c);
        });
    }

    @TestFactory
    Stream<DynamicNode> agreesWithJs() {
        return PropertyCase.check("json(s) equals js(s)", PropertyCase.sample(),
                c -> assertThat(Escapers.json(c.input())).as(c.context()).isEqualTo(Escapers.js(c.input())));
    }

    private static String parseSingleString(String token, PropertyCase c) {
        try (JsonParser parser = STRICT.createParser(token)) {
            assertThat(parser.nextToken()).as(c.context()).isEqualTo(JsonToken.VALUE_STRING);
            String value = parser.getText();
            assertThat(parser.nextToken()).as("%s: nothing may follow the string", c.context()).isNull();
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException(c.context() + ": " + e.getMessage(), e);
        }
    }
}
