package dev.csmb.engine.codec;

import static dev.csmb.engine.codec.ConfigurationFormat.JSON;
import static dev.csmb.engine.codec.ConfigurationFormat.YAML;
import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.Complexity;
import dev.csmb.api.Feature;
import dev.csmb.api.GenerationOptions;
import dev.csmb.api.Priority;
import dev.csmb.api.TeamSize;
import org.junit.jupiter.api.Test;

/** {@link ConfigurationCodec#read(String, ConfigurationFormat)}: complete files in both formats and defaults. */
class ConfigurationCodecReadTests {

    private final ConfigurationCodec codec = TestPlatforms.codec();

    private static final BuildConfiguration FULL = BuildConfiguration.builder("discord-js")
            .priorities(Priority.ERROR_HANDLING, Priority.SCALABILITY)
            .features(Feature.WEBHOOKS, Feature.AI_INTEGRATION)
            .teamSize(TeamSize.MEDIUM).complexity(Complexity.EXPERT).projectName("Support Bot")
            .description("Answers #support questions.").options(new GenerationOptions(true, false, true, false))
            .allowDowngrades(true).build();

    @Test
    void readsEveryFieldFromJson() {
        String json = """
                {
                  "platform": "discord-js",
                  "priorities": ["scalability", "error-handling"],
                  "features": ["ai-integration", "webhooks"],
                  "teamSize": "medium",
                  "complexity": "expert",
                  "projectName": "Support Bot",
                  "description": "Answers #support questions.",
                  "options": {"includeTests": true, "includeDocumentation": false, "includeDocker": true,
                              "includeCI": false},
                  "allowDowngrades": true
                }
                """;
        assertThat(codec.read(json, JSON)).isEqualTo(FULL);
    }

    @Test
    void readsEveryFieldFromYaml() {
        String yaml = """
                # a comment
                platform: discord-js
                priorities: [scalability, error-handling]
                features:
                  - ai-integration
                  - webhooks
                teamSize: medium
                complexity: expert
                projectName: Support Bot
                description: 'Answers #support questions.'
                options:
                  includeTests: true
                  includeDocumentation: false
                  includeDocker: true
                  includeCI: false
                allowDowngrades: true
                """;
        assertThat(codec.read(yaml, YAML)).isEqualTo(FULL);
    }

    @Test
    void fillsEverythingMissingFromThePlatformAndTheDefaults() {
        BuildConfiguration read = codec.read("{\"platform\": \"discord-js\", \"projectName\": \"Bot\"}", JSON);
        assertThat(read.priorities()).as("the engine applies the platform's default priorities").isEmpty();
        assertThat(read.complexity()).isEqualTo(Complexity.INTERMEDIATE);
        assertThat(read.features()).isEmpty();
        assertThat(read.teamSize()).isEqualTo(TeamSize.SOLO);
        assertThat(read.options()).isEqualTo(GenerationOptions.defaults());
        assertThat(read.allowDowngrades()).isFalse();
        assertThat(read.description()).isEqualTo("A Discord Bot built with csmb.");
    }

    @Test
    void explicitNullsCountAsNotGiven() {
        String yaml = """
                platform: cli-interface
                projectName: Bot
                priorities: null
                features: ~
                teamSize:
                options: null
                description: null
                """;
        BuildConfiguration read = codec.read(yaml, YAML);
        assertThat(read.priorities()).isEmpty();
        assertThat(read.teamSize()).isEqualTo(TeamSize.SOLO);
        assertThat(read.description()).isEqualTo("A CLI Tool built with csmb.");
    }

    @Test
    void aMissingOptionIsOnWhileTheOthersAreKept() {
        BuildConfiguration read = codec.read("platform: cli-interface\nprojectName: Bot\n"
                + "options:\n  includeDocker: false\n", YAML);
        assertThat(read.options()).isEqualTo(new GenerationOptions(true, true, false, true));
    }

    @Test
    void keepsTextExactlyIncludingUnicodeAndAByteOrderMark() {
        String json = "\uFEFF{\"platform\": \"cli-interface\", \"projectName\": \"Bot\", "
                + "\"description\": \"\\u202E \uD83D\uDE00 \u05E9 \\\"q\\\" \\n line\"}";
        assertThat(codec.read(json, JSON).description()).isEqualTo("\u202E \uD83D\uDE00 \u05E9 \"q\" \n line");
    }
}
