package dev.csmb.engine.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link ConfigurationFormat#fromFileName}: the extension decides, in any case. */
class ConfigurationFormatTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"bot.json, JSON", "bot.JSON, JSON", "bot.yaml, YAML", "bot.yml, YAML", "a.b.Yml, YAML",
        "bot.toml, ", "json, ", "bot., ", "'', ", ".yaml, YAML", "bot.json.bak, "})
    void knowsTheFormatFromTheExtension(String fileName, ConfigurationFormat expected) {
        assertThat(ConfigurationFormat.fromFileName(fileName)).isEqualTo(Optional.ofNullable(expected));
    }
}
