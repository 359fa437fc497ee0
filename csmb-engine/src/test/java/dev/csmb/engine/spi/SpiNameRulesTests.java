package dev.csmb.engine.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.csmb.spi.EnvVar;
import dev.csmb.spi.RuntimeSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The name rules of the SPI's records: environment variable names and npm script names. */
class SpiNameRulesTests {

    @Test
    void environmentVariableNamesAreUpperCaseLettersDigitsAndUnderscores() {
        assertThat(new EnvVar("BOT_TOKEN_2", "", "the token", true, true).name()).isEqualTo("BOT_TOKEN_2");
        for (String bad : new String[] {"bot_token", "2FA", "_X", "A-B", "A B", "", "ÄB"}) {
            assertThatThrownBy(() -> new EnvVar(bad, "", "c", false, false)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("name must be upper case letters, digits and underscores: " + bad);
        }
    }

    @Test
    void scriptNamesAreShortLowerCaseWordsWithColonsAndDashes() {
        assertThat(spec("lint:fix-all").scripts()).containsKey("lint:fix-all");
        assertThat(spec("a" + "b".repeat(39)).scripts()).hasSize(1);
        for (String bad : new String[] {"Lint", "1st", ":x", "a_b", "a" + "b".repeat(40), ""}) {
            assertThatThrownBy(() -> spec(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageEndingWith("starting with a letter: " + bad);
        }
    }

    private static RuntimeSpec spec(String script) {
        return new RuntimeSpec(Map.of(), Map.of(), List.of(), Optional.empty(), List.of(), false,
                Map.of(script, "node x.js"));
    }
}
