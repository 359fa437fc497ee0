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
import dev.csmb.engine.testkit.HostileStrings;
import dev.csmb.engine.testkit.RandomConfigurations;
import dev.csmb.engine.testkit.Seeds;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** {@link ConfigurationCodec#write}: the exact layout, and read(write(c)) equals c for random configurations. */
class ConfigurationCodecWriteTests {

    private static final int SAMPLE_SIZE = 300;

    private final ConfigurationCodec codec = TestPlatforms.codec();

    private static final BuildConfiguration EXAMPLE = BuildConfiguration.builder("discord-js")
            .priorities(Priority.SESSION_MANAGEMENT, Priority.ERROR_HANDLING).features(Feature.WEBHOOKS)
            .teamSize(TeamSize.SMALL).complexity(Complexity.ADVANCED).projectName("Support Bot")
            .description("Says \"hi\" in #general \u202E").options(GenerationOptions.defaults().withIncludeCI(false))
            .build();

    @Test
    void writesJsonInWireOrderWithTwoSpaceIndents() {
        assertThat(codec.write(EXAMPLE, JSON)).isEqualTo("""
                {
                  "platform": "discord-js",
                  "priorities": ["session-management", "error-handling"],
                  "features": ["webhooks"],
                  "teamSize": "small",
                  "complexity": "advanced",
                  "projectName": "Support Bot",
                  "description": "Says \\"hi\\" in #general \\u202E",
                  "options": {
                    "includeTests": true,
                    "includeDocumentation": true,
                    "includeDocker": true,
                    "includeCI": false
                  },
                  "allowDowngrades": false
                }
                """);
    }

    @Test
    void writesYamlInWireOrderWithBlockLists() {
        assertThat(codec.write(EXAMPLE.withFeatures(List.of()), YAML)).isEqualTo("""
                platform: "discord-js"
                priorities:
                  - session-management
                  - error-handling
                features: []
                teamSize: small
                complexity: advanced
                projectName: "Support Bot"
                description: "Says \\"hi\\" in #general \\u202E"
                options:
                  includeTests: true
                  includeDocumentation: true
                  includeDocker: true
                  includeCI: false
                allowDowngrades: false
                """);
    }

    @Test
    void writingIsStable() {
        assertThat(codec.write(EXAMPLE, JSON)).isEqualTo(codec.write(EXAMPLE.toBuilder().build(), JSON));
        assertThat(codec.write(EXAMPLE, YAML)).isEqualTo(codec.write(EXAMPLE.toBuilder().build(), YAML));
    }

    @Test
    void everyCatalogIdIsAPlainYamlStringThatReadsBack() {
        BuildConfiguration all = EXAMPLE.toBuilder().priorities(Priority.values()).features(Feature.values()).build();
        assertThat(codec.read(codec.write(all, YAML), YAML)).isEqualTo(all);
        for (TeamSize teamSize : TeamSize.values()) {
            BuildConfiguration c = EXAMPLE.toBuilder().teamSize(teamSize).build();
            assertThat(codec.read(codec.write(c, YAML), YAML)).as(teamSize.id()).isEqualTo(c);
        }
        for (Complexity complexity : Complexity.values()) {
            BuildConfiguration c = EXAMPLE.toBuilder().complexity(complexity).build();
            assertThat(codec.read(codec.write(c, YAML), YAML)).as(complexity.id()).isEqualTo(c);
        }
    }

    @TestFactory
    Stream<DynamicNode> readingWhatWasWrittenGivesTheSameConfiguration() {
        long seed = Seeds.seed();
        List<BuildConfiguration> sample = RandomConfigurations.sample(seed, SAMPLE_SIZE);
        return Stream.of(JSON, YAML).map(format -> DynamicContainer.dynamicContainer(
                "read(write(c, " + format + ")) equals c [" + Seeds.label(seed) + "]",
                IntStream.range(0, sample.size()).mapToObj(i -> DynamicTest.dynamicTest("#" + i, () -> {
                    BuildConfiguration c = sample.get(i);
                    String written = codec.write(c, format);
                    assertThat(codec.read(written, format)).as("%s, case #%d:%n%s", Seeds.label(seed), i, written)
                            .isEqualTo(wellFormed(c));
                }))));
    }

    /** What survives a file: the configuration with lone surrogates as U+FFFD. */
    private static BuildConfiguration wellFormed(BuildConfiguration c) {
        return c.toBuilder().platform(HostileStrings.withoutLoneSurrogates(c.platform()))
                .projectName(HostileStrings.withoutLoneSurrogates(c.projectName()))
                .description(HostileStrings.withoutLoneSurrogates(c.description()))
                .settings(c.settings().entrySet().stream().collect(Collectors.toMap(
                        e -> HostileStrings.withoutLoneSurrogates(e.getKey()),
                        e -> HostileStrings.withoutLoneSurrogates(e.getValue())))).build();
    }
}
