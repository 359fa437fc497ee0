package dev.csmb.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.DefinitionException;
import dev.csmb.api.Feature;
import dev.csmb.api.GeneratedSolution;
import dev.csmb.api.Priority;
import dev.csmb.engine.fixtures.FixturePlatformGenerator;
import dev.csmb.spi.GenerationContext;
import dev.csmb.spi.RuntimeSpec;
import java.util.EnumSet;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Declare, then contribute: the order of a platform's calls never changes the project. */
class OrderIndependenceTests {

    private static final BuildConfiguration CONFIGURATION = BuildConfiguration.builder(FixturePlatformGenerator.ID)
            .projectName("Order Bot").description("A bot whose files do not depend on call order.")
            .priorities(Priority.SESSION_MANAGEMENT, Priority.ERROR_HANDLING, Priority.SCALABILITY)
            .features(EnumSet.of(Feature.MULTI_LANGUAGE, Feature.WEBHOOKS)).build();

    private static final String STEP = "Start it";

    /** The fixture's files and the extra step, contributed in the order the body says. */
    private static GeneratedSolution generate(boolean declares, Consumer<GenerationContext> body) {
        FixturePlatformGenerator generator = new FixturePlatformGenerator() {
            @Override
            public Optional<RuntimeSpec> runtime(GenerationContext context) {
                return declares ? super.runtime(context) : Optional.empty();
            }

            @Override
            public void generate(GenerationContext context) {
                body.accept(context);
            }
        };
        return CsmbEngine.builder().autoDiscovery(false).generator(generator).build().generate(CONFIGURATION);
    }

    @SuppressWarnings("deprecation")
    static Stream<Named<GeneratedSolution>> orders() {
        FixturePlatformGenerator files = new FixturePlatformGenerator();
        return Stream.of(
                Named.of("declared in runtime(), step after files", generate(true, c -> {
                    files.generate(c);
                    c.addSetupStep(STEP);
                })),
                Named.of("declared in runtime(), step before files", generate(true, c -> {
                    c.addSetupStep(STEP);
                    files.generate(c);
                })),
                Named.of("addRuntime before rendering", generate(false, c -> {
                    c.addRuntime(FixturePlatformGenerator.RUNTIME);
                    c.addSetupStep(STEP);
                    files.generate(c);
                })),
                Named.of("addRuntime after rendering", generate(false, c -> {
                    files.generate(c);
                    c.addSetupStep(STEP);
                    c.addRuntime(FixturePlatformGenerator.RUNTIME);
                })));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("orders")
    void everyOrderGivesTheSameProject(GeneratedSolution solution) {
        GeneratedSolution reference = orders().findFirst().orElseThrow().getPayload();

        assertThat(solution.files()).isEqualTo(reference.files());
        assertThat(solution.manifest()).isEqualTo(reference.manifest());
        assertThat(solution.setupSteps()).isEqualTo(reference.setupSteps());
    }

    @Test
    void platformTemplatesSeeTheCompleteModelAndStepsReachTheReadme() {
        GeneratedSolution solution = generate(false, c -> {
            new FixturePlatformGenerator().generate(c);
            c.addSetupStep(STEP);
            c.addRuntime(FixturePlatformGenerator.RUNTIME);
        });

        String readme = solution.file("README.md").orElseThrow().text();
        assertThat(readme).contains("- `FIXTURE_USER`", "- `SESSION_STORE`", STEP,
                "Nothing to set up for the fixture platform");
        assertThat(solution.setupSteps()).startsWith("Nothing to set up for the fixture platform", STEP);
        assertThat(solution.manifest()).containsKeys("locales/platform.en.json", "locales/platform.es.json",
                "locales/platform.de.json", "package.json");
    }

    @Test
    @SuppressWarnings("deprecation")
    void declaringTheRuntimeTwiceIsAPluginBug() {
        assertThatThrownBy(() -> generate(true, c -> c.addRuntime(FixturePlatformGenerator.RUNTIME)))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("declared the shared runtime twice");
    }

    @Test
    void anSpiVersionOneGeneratorIsStillDriven() {
        FixturePlatformGenerator versionOne = new FixturePlatformGenerator() {
            @Override
            public int spiVersion() {
                return 1;
            }
        };
        CsmbEngine engine = CsmbEngine.builder().autoDiscovery(false).generator(versionOne).build();

        assertThat(engine.discoveryProblems()).isEmpty();
        assertThat(engine.generate(CONFIGURATION).manifest()).containsKeys("src/platform/adapter.js", "package.json");
    }
}
