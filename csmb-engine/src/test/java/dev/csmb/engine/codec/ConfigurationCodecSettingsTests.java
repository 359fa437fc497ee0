package dev.csmb.engine.codec;

import static dev.csmb.engine.codec.ConfigurationFormat.JSON;
import static dev.csmb.engine.codec.ConfigurationFormat.YAML;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.Violation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Platform settings in configuration files: read as names to strings, written back sorted, shape errors named. */
class ConfigurationCodecSettingsTests {

    private final ConfigurationCodec codec = TestPlatforms.codec();

    private static final BuildConfiguration WITH_SETTINGS = BuildConfiguration.builder("cli-interface")
            .projectName("Support Bot").description("Answers questions about orders.")
            .setting("transport", "cloud-api").setting("mode", "on").build();

    @Test
    void readsSettingsFromYamlAndJson() {
        BuildConfiguration yaml = codec.read("platform: cli-interface\nprojectName: Bot One\nsettings:\n"
                + "  mode: webhook\n  transport: cloud-api\n", YAML);
        assertThat(yaml.settings()).containsExactly(Map.entry("mode", "webhook"), Map.entry("transport", "cloud-api"));
        BuildConfiguration json = codec.read("{\"platform\": \"cli-interface\", \"projectName\": \"Bot One\", "
                + "\"settings\": {\"transport\": \"cloud-api\", \"mode\": \"webhook\"}}", JSON);
        assertThat(json).isEqualTo(yaml);
    }

    @Test
    void noSettingsReadsAsNone() {
        assertThat(codec.read("platform: cli-interface\nprojectName: Bot One\n", YAML).settings()).isEmpty();
        assertThat(codec.read("platform: cli-interface\nprojectName: Bot One\nsettings:\n", YAML).settings())
                .isEmpty();
    }

    @Test
    void writesSettingsLastSortedAndReadsThemBack() {
        assertThat(codec.write(WITH_SETTINGS, YAML)).endsWith("""
                allowDowngrades: false
                settings:
                  mode: "on"
                  transport: cloud-api
                """);
        assertThat(codec.write(WITH_SETTINGS, JSON)).endsWith("""
                  "allowDowngrades": false,
                  "settings": {
                    "mode": "on",
                    "transport": "cloud-api"
                  }
                }
                """);
        for (ConfigurationFormat format : ConfigurationFormat.values()) {
            assertThat(codec.read(codec.write(WITH_SETTINGS, format), format)).as(format.name())
                    .isEqualTo(WITH_SETTINGS);
        }
    }

    @Test
    void withoutSettingsNothingIsWritten() {
        BuildConfiguration none = WITH_SETTINGS.withSettings(Map.of());
        assertThat(codec.write(none, YAML)).doesNotContain("settings");
        assertThat(codec.write(none, JSON)).doesNotContain("settings");
    }

    @Test
    void aValueOfAnotherTypeNamesTheSetting() {
        List<Violation> violations = Violations.of(() -> codec.read("platform: cli-interface\nprojectName: Bot One\n"
                + "settings:\n  mode: on\n  port: 8080\n  ok: fine\n", YAML));
        assertThat(violations).extracting(Violation::field, Violation::code)
                .containsExactlyInAnyOrder(tuple("settings.mode", "type"), tuple("settings.port", "type"));
        assertThat(violations).allSatisfy(v -> assertThat(v.message()).contains("(in YAML, put the value in quotes)"));
    }

    @Test
    void settingsMustBeAnObject() {
        Violation v = Violations.single(() -> codec.read("{\"platform\": \"cli-interface\", \"projectName\": \"Bot\","
                + " \"settings\": [\"mode=webhook\"]}", JSON));
        assertThat(v.field()).isEqualTo("settings");
        assertThat(v.code()).isEqualTo("type");
        assertThat(v.message()).isEqualTo("must be an object of platform setting names to values, for example "
                + "{\"mode\": \"webhook\"}; found a list");
    }

    @Test
    void aHostileSettingNameIsQuotedInTheFieldPath() {
        Violation v = Violations.single(() -> codec.read("{\"platform\": \"cli-interface\", \"projectName\": \"Bot\","
                + " \"settings\": {\"a\\u202Eb\": 3}}", JSON));
        assertThat(v.field()).isEqualTo("settings.\"a\\u202Eb\"");
    }

    @Test
    void aSettingGivenTwiceIsADuplicate() {
        List<Violation> violations = Violations.of(() -> codec.read("platform: cli-interface\nprojectName: Bot\n"
                + "settings:\n  mode: webhook\n  mode: polling\n", YAML));
        assertThat(violations).extracting(Violation::code).contains("duplicate");
    }

    @Test
    void commandLineSettingsGoOnTopOfTheFilesNameByName() {
        ConfigurationDraft file = codec.readDraft("platform: cli-interface\nprojectName: Bot\nsettings:\n"
                + "  mode: webhook\n  transport: cloud-api\n", YAML);
        ConfigurationDraft flags = new ConfigurationDraft(null, null, null, null, null, null, null, null, null, null,
                null, null, Map.of("mode", "polling"));
        assertThat(file.overriddenBy(flags).settings()).isEqualTo(Map.of("mode", "polling", "transport", "cloud-api"));
        assertThat(file.overriddenBy(ConfigurationDraft.empty()).settings()).isEqualTo(file.settings());
    }
}
