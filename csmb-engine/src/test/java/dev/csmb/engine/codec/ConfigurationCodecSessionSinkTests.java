package dev.csmb.engine.codec;

import static dev.csmb.engine.codec.ConfigurationFormat.JSON;
import static dev.csmb.engine.codec.ConfigurationFormat.YAML;
import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.SessionSink;
import dev.csmb.api.Violation;
import org.junit.jupiter.api.Test;

/** The session sink in configuration files: read by id, written only when not {@code none}, bad ids named. */
class ConfigurationCodecSessionSinkTests {

    private final ConfigurationCodec codec = TestPlatforms.codec();

    private static final BuildConfiguration BASE = BuildConfiguration.builder("cli-interface")
            .projectName("Support Bot").description("Answers questions about orders.").build();

    @Test
    void readsTheSinkFromYamlAndJson() {
        BuildConfiguration yaml = codec.read("platform: cli-interface\nprojectName: Bot One\nsessionSink: notion\n",
                YAML);
        assertThat(yaml.sessionSink()).isEqualTo(SessionSink.NOTION);
        BuildConfiguration json = codec.read("{\"platform\": \"cli-interface\", \"projectName\": \"Bot One\", "
                + "\"sessionSink\": \"notion\"}", JSON);
        assertThat(json).isEqualTo(yaml);
        assertThat(codec.read("platform: cli-interface\nprojectName: Bot One\nsessionSink: airtable\n", YAML)
                .sessionSink()).isEqualTo(SessionSink.AIRTABLE);
    }

    @Test
    void noSinkReadsAsNone() {
        assertThat(codec.read("platform: cli-interface\nprojectName: Bot One\n", YAML).sessionSink())
                .isEqualTo(SessionSink.NONE);
        assertThat(codec.read("platform: cli-interface\nprojectName: Bot One\nsessionSink:\n", YAML).sessionSink())
                .isEqualTo(SessionSink.NONE);
        assertThat(BuildConfiguration.builder("cli-interface").build().sessionSink()).isEqualTo(SessionSink.NONE);
    }

    @Test
    void noneIsNotWrittenSoOlderFilesStayByteForByte() {
        for (ConfigurationFormat format : ConfigurationFormat.values()) {
            String none = codec.write(BASE, format);
            assertThat(none).as(format.name()).doesNotContain("sessionSink");
            assertThat(codec.write(BASE.withSessionSink(SessionSink.NONE), format)).isEqualTo(none);
        }
    }

    @Test
    void writesTheSinkAfterAllowDowngradesAndReadsItBack() {
        BuildConfiguration notion = BASE.withSessionSink(SessionSink.NOTION).withSettings(java.util.Map.of("mode",
                "webhook"));
        assertThat(codec.write(notion, YAML)).endsWith("""
                allowDowngrades: false
                sessionSink: notion
                settings:
                  mode: webhook
                """);
        assertThat(codec.write(notion, JSON)).endsWith("""
                  "allowDowngrades": false,
                  "sessionSink": "notion",
                  "settings": {
                    "mode": "webhook"
                  }
                }
                """);
        for (SessionSink sink : SessionSink.values()) {
            for (ConfigurationFormat format : ConfigurationFormat.values()) {
                BuildConfiguration c = BASE.withSessionSink(sink);
                assertThat(codec.read(codec.write(c, format), format)).as(sink + " " + format).isEqualTo(c);
            }
        }
    }

    @Test
    void anUnknownSinkIsNamedWithTheValidIds() {
        Violation v = Violations.single(() -> codec.read("platform: cli-interface\nprojectName: Bot One\n"
                + "sessionSink: notoin\n", YAML));
        assertThat(v.field()).isEqualTo("sessionSink");
        assertThat(v.code()).isEqualTo("unknown-id");
        assertThat(v.message()).isEqualTo("\"notoin\" is not a session sink (did you mean \"notion\"?); valid ids: "
                + "none, notion, airtable");
    }

    @Test
    void aSinkThatIsNotAStringIsATypeProblem() {
        Violation v = Violations.single(() -> codec.read("{\"platform\": \"cli-interface\", \"projectName\": \"Bot\","
                + " \"sessionSink\": true}", JSON));
        assertThat(v.field()).isEqualTo("sessionSink");
        assertThat(v.code()).isEqualTo("type");
        assertThat(v.message()).startsWith("must be a string");
    }

    @Test
    void aDraftOverrideReplacesTheFilesSink() {
        ConfigurationDraft file = codec.readDraft("platform: cli-interface\nprojectName: Bot\nsessionSink: notion\n",
                YAML);
        ConfigurationDraft flags = new ConfigurationDraft(null, null, null, null, null, null, null, null, null, null,
                null, null, null, "airtable");
        assertThat(codec.toConfiguration(file.overriddenBy(flags)).sessionSink()).isEqualTo(SessionSink.AIRTABLE);
        assertThat(codec.toConfiguration(file.overriddenBy(ConfigurationDraft.empty())).sessionSink())
                .isEqualTo(SessionSink.NOTION);
    }
}
