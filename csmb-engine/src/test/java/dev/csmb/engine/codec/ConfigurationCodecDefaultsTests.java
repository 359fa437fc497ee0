package dev.csmb.engine.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.Complexity;
import dev.csmb.api.Feature;
import dev.csmb.api.GenerationOptions;
import dev.csmb.api.Priority;
import dev.csmb.api.TeamSize;
import dev.csmb.api.Violation;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link ConfigurationCodec#toConfiguration}: defaults, the platform lookup, and drafts from other sources. */
class ConfigurationCodecDefaultsTests {

    private final ConfigurationCodec codec = TestPlatforms.codec();

    private static ConfigurationDraft draft(String platform, List<String> priorities, String projectName) {
        return new ConfigurationDraft(platform, priorities, null, null, null, projectName, null, null, null, null,
                null, null);
    }

    @Test
    void aKnownPlatformGivesComplexityAndDescriptionAndLeavesPrioritiesToTheEngine() {
        BuildConfiguration c = codec.toConfiguration(draft("cli-interface", null, "Bot"));
        assertThat(c.priorities()).isEmpty();
        assertThat(c.complexity()).isEqualTo(Complexity.BASIC);
        assertThat(c.description()).isEqualTo("A CLI Tool built with csmb.").hasSizeGreaterThanOrEqualTo(10);
        assertThat(c.options()).isEqualTo(GenerationOptions.defaults());
        assertThat(c.teamSize()).isEqualTo(TeamSize.SOLO);
    }

    @Test
    void anUnknownPlatformIsKeptAsIsWhenPrioritiesAreGiven() {
        BuildConfiguration c = codec.toConfiguration(draft("my-plugin", List.of("scalability", "error-handling"),
                "Bot"));
        assertThat(c.platform()).isEqualTo("my-plugin");
        assertThat(c.priorities()).containsExactly(Priority.ERROR_HANDLING, Priority.SCALABILITY);
        assertThat(c.complexity()).isEqualTo(Complexity.BASIC);
        assertThat(c.description()).isEqualTo("A chat bot built with csmb.");
    }

    @Test
    void anUnknownPlatformWithoutPrioritiesIsLeftToTheEngine() {
        BuildConfiguration c = codec.toConfiguration(draft("my-plugin", null, "Bot"));
        assertThat(c.platform()).isEqualTo("my-plugin");
        assertThat(c.priorities()).isEmpty();
    }

    @Test
    void givenValuesWinOverThePlatformDefaults() {
        ConfigurationDraft given = new ConfigurationDraft("discord-js", List.of("scalability", "user-authentication"),
                List.of("webhooks"), "enterprise", "basic", "Bot", "Mine, ten chars", false, null, false, null, true);
        BuildConfiguration c = codec.toConfiguration(given);
        assertThat(c).isEqualTo(BuildConfiguration.builder("discord-js")
                .priorities(Priority.SCALABILITY, Priority.USER_AUTHENTICATION).features(Feature.WEBHOOKS)
                .teamSize(TeamSize.ENTERPRISE).complexity(Complexity.BASIC).projectName("Bot")
                .description("Mine, ten chars").options(new GenerationOptions(false, true, false, true))
                .allowDowngrades(true).build());
    }

    @Test
    void sizesAndPatternsAreLeftToTheValidator() {
        ConfigurationDraft odd = new ConfigurationDraft("cli-interface", List.of(), null, null, null, "x!", "",
                null, null, null, null, null);
        BuildConfiguration c = codec.toConfiguration(odd);
        assertThat(c.priorities()).isEmpty();
        assertThat(c.projectName()).isEqualTo("x!");
        assertThat(c.description()).isEmpty();
    }

    @Test
    void nullListEntriesAndMissingRequiredValuesAreViolations() {
        ConfigurationDraft bad = new ConfigurationDraft(null, Arrays.asList("error-handling", null), null, null,
                null, null, null, null, null, null, null, null);
        List<Violation> vs = Violations.of(() -> codec.toConfiguration(bad));
        assertThat(vs).extracting(Violation::field, Violation::code).containsExactly(
                tuple("platform", "required"), tuple("projectName", "required"));
    }

    @Test
    void aLookupThatAnswersNullCountsAsUnknown() {
        ConfigurationCodec careless = new ConfigurationCodec(id -> null);
        assertThat(careless.toConfiguration(draft("x", List.of("scalability", "error-handling"), "Bot")).complexity())
                .isEqualTo(Complexity.BASIC);
        ConfigurationCodec empty = new ConfigurationCodec(id -> Optional.empty());
        assertThat(empty.toConfiguration(draft("cli-interface", null, "Bot")).description())
                .isEqualTo("A chat bot built with csmb.");
    }
}
