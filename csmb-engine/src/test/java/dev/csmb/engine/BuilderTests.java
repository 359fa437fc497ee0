package dev.csmb.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.Feature;
import dev.csmb.api.Priority;
import dev.csmb.api.Violation;
import dev.csmb.engine.codec.ConfigurationCodec;
import dev.csmb.engine.codec.ConfigurationFormat;
import dev.csmb.engine.fixtures.EchoGenerator;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link BuildConfiguration#builder}: what embedders meet first. Problems are values, defaults come from one place. */
class BuilderTests {

    private final CsmbEngine engine = CsmbEngine.builder().autoDiscovery(false).generator(new EchoGenerator()).build();

    @Test
    void withoutNameOrDescriptionValidationReportsBothAsRequired() {
        BuildConfiguration bare = BuildConfiguration.builder("test-echo").build();

        assertThat(engine.validate(bare).errors()).extracting(Violation::field, Violation::code).containsExactly(
                tuple("description", "required"), tuple("projectName", "required"));
        assertThat(engine.validate(bare).errors()).extracting(Violation::message)
                .allSatisfy(m -> assertThat(m).startsWith("is required; "));
    }

    @Test
    void thePlatformsDefaultPrioritiesApplyWhenNoneAreGivenWhateverTheEntryPoint() {
        BuildConfiguration built = BuildConfiguration.builder("test-echo").projectName("Echo Bot")
                .description("A bot that echoes.").build();
        ConfigurationCodec codec = new ConfigurationCodec(engine::platform);
        BuildConfiguration read = codec.read("platform: test-echo\nprojectName: Echo Bot\n"
                + "description: A bot that echoes.\n", ConfigurationFormat.YAML);
        List<Priority> defaults = engine.platform("test-echo").orElseThrow().defaultPriorities();

        assertThat(read).isEqualTo(built);
        assertThat(engine.validate(built).isValid()).isTrue();
        assertThat(engine.generate(built).configuration().priorities()).containsExactlyElementsOf(defaults);
        assertThat(engine.generate(read).configuration().priorities()).containsExactlyElementsOf(defaults);
    }

    @Test
    void givenPrioritiesAreKept() {
        BuildConfiguration c = BuildConfiguration.builder("test-echo").projectName("Echo Bot")
                .description("A bot that echoes.").priorities(Priority.SCALABILITY, Priority.REAL_TIME_SYNC).build();

        assertThat(engine.generate(c).configuration().priorities())
                .containsExactly(Priority.REAL_TIME_SYNC, Priority.SCALABILITY);
    }

    @Test
    void everyNullArgumentIsNamed() {
        BuildConfiguration.Builder b = BuildConfiguration.builder("test-echo");

        assertThatNullPointerException().isThrownBy(() -> BuildConfiguration.builder(null))
                .withMessage("platform must not be null");
        assertThatNullPointerException().isThrownBy(() -> b.priorities(Priority.SCALABILITY, null))
                .withMessage("priorities[1] must not be null");
        assertThatNullPointerException().isThrownBy(() -> b.priorities((List<Priority>) null))
                .withMessage("priorities must not be null");
        assertThatNullPointerException().isThrownBy(() -> b.priorities((Priority[]) null))
                .withMessage("priorities must not be null");
        assertThatNullPointerException().isThrownBy(() -> b.features(Arrays.asList(null, Feature.WEBHOOKS)))
                .withMessage("features[0] must not be null");
        assertThatNullPointerException().isThrownBy(() -> b.projectName(null))
                .withMessage("projectName must not be null");
        assertThatNullPointerException().isThrownBy(() -> b.description(null))
                .withMessage("description must not be null");
        assertThatNullPointerException().isThrownBy(() -> b.teamSize(null)).withMessage("teamSize must not be null");
        assertThatNullPointerException().isThrownBy(() -> b.complexity(null))
                .withMessage("complexity must not be null");
        assertThatNullPointerException().isThrownBy(() -> b.options(null)).withMessage("options must not be null");
        assertThatNullPointerException().isThrownBy(() -> b.platform(null)).withMessage("platform must not be null");
    }

    @Test
    void theNameRuleSaysAscii() {
        assertThat(engine.validate(BuildConfiguration.builder("test-echo").projectName("Café Bot")
                .description("A bot that echoes.").build()).errors()).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("ASCII letters (A-Z, a-z)"));
    }
}
