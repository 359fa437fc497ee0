package dev.csmb.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.GeneratedFile;
import dev.csmb.api.GeneratedSolution;
import dev.csmb.engine.fixtures.FixturePlatformGenerator;
import dev.csmb.engine.testkit.HostileStrings;
import dev.csmb.engine.testkit.RandomConfigurations;
import dev.csmb.engine.testkit.Seeds;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine's rendering (streaming {@code if}, {@code unless} and {@code each}, UTF-8 straight from the templates,
 * shared static files, remembered path verdicts) gives byte for byte what Handlebars' own rendering gives, over random
 * choices: every priority and feature subset, team size, complexity, option and hostile description, and again on warm
 * caches. ({@code StreamingHelpersTests} covers what the project templates do not use, such as {@code @odd}.)
 */
class RenderingEquivalenceTests {

    private static final int CONFIGURATIONS = 150;

    @Test
    void defaultRenderingEqualsReferenceRenderingOverTheChoiceMatrix() {
        long seed = Seeds.seed();
        ClassLoader loader = getClass().getClassLoader();
        EngineCore fast = EngineCore.create(loader, false, List.of(new FixturePlatformGenerator()));
        EngineCore reference = EngineCore.createWithReferenceRendering(loader, false,
                List.of(new FixturePlatformGenerator()));
        List<String> descriptions = HostileStrings.descriptions(seed, CONFIGURATIONS);
        List<BuildConfiguration> random = RandomConfigurations.sample(seed, CONFIGURATIONS);
        int generated = 0;
        for (int i = 0; i < CONFIGURATIONS; i++) {
            BuildConfiguration configuration = random.get(i).toBuilder().platform(FixturePlatformGenerator.ID)
                    .projectName("Bot " + i + (i % 3 == 0 ? " Ünïcode" : "")).description(descriptions.get(i))
                    .settings(java.util.Map.of()).allowDowngrades(true).build();
            if (!reference.validate(configuration).isValid()) {
                continue;
            }
            String label = "configuration " + i + ", " + Seeds.label(seed);
            List<String> expected = described(reference.generate(configuration));
            assertThat(described(fast.generate(configuration))).as(label).isEqualTo(expected);
            assertThat(described(fast.generate(configuration))).as(label + ", warm").isEqualTo(expected);
            generated++;
        }
        assertThat(generated).as("valid configurations among %d, %s", CONFIGURATIONS, Seeds.label(seed))
                .isGreaterThan(CONFIGURATIONS / 3);
    }

    /** Each file as path, executable bit, SHA-256 and the whole text, so a difference shows as a readable diff. */
    private static List<String> described(GeneratedSolution solution) {
        List<String> files = new ArrayList<>();
        for (GeneratedFile file : solution.files()) {
            files.add(file.path() + (file.executable() ? " (x) " : " ") + file.sha256() + "\n" + file.text());
        }
        return files;
    }
}
