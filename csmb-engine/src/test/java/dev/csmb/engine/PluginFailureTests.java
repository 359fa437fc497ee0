package dev.csmb.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.Complexity;
import dev.csmb.api.DefinitionException;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.engine.DiscoveryProblem.Kind;
import dev.csmb.engine.fixtures.EchoGenerator;
import dev.csmb.engine.fixtures.MisbehavingGenerator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever a plugin throws reaches the application as a DefinitionException naming it; only fatal errors pass. */
class PluginFailureTests {

    private static final BuildConfiguration CONFIG = BuildConfiguration.builder("test-misbehaving")
            .projectName("Echo Bot").description("A bot that echoes.").build();

    private static CsmbEngine engineWith(Supplier<? extends Throwable> failure, boolean inValidate) {
        return CsmbEngine.builder().autoDiscovery(false).generator(new MisbehavingGenerator(failure, inValidate))
                .build();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aStackOverflowBecomesADefinitionExceptionNamingThePlugin(boolean inValidate) {
        CsmbEngine engine = engineWith(StackOverflowError::new, inValidate);

        assertThatThrownBy(() -> engine.generate(CONFIG)).isInstanceOf(DefinitionException.class)
                .hasMessage("platform generator " + MisbehavingGenerator.class.getName() + " ('test-misbehaving') "
                        + "failed while " + (inValidate ? "validating" : "generating") + ": StackOverflowError")
                .hasCauseInstanceOf(StackOverflowError.class);
    }

    @Test
    void aVersionMismatchBecomesADefinitionExceptionNamingThePlugin() {
        CsmbEngine engine = engineWith(() -> new NoSuchMethodError("'void dev.csmb.spi.GenerationContext.gone()'"),
                false);

        assertThatThrownBy(() -> engine.generate(CONFIG)).isInstanceOf(DefinitionException.class)
                .hasMessage("platform generator " + MisbehavingGenerator.class.getName() + " ('test-misbehaving') "
                        + "failed while generating: NoSuchMethodError: 'void dev.csmb.spi.GenerationContext.gone()'");
        assertThatThrownBy(() -> engineWith(() -> new NoClassDefFoundError("com/example/Gone"), true)
                .validate(CONFIG)).isInstanceOf(DefinitionException.class).hasMessageContaining("NoClassDefFoundError");
    }

    @Test
    void aPluginMessageIsKeptOnOneLine() {
        CsmbEngine engine = engineWith(() -> new IllegalStateException("first\nsecond\u202e"), false);

        assertThatThrownBy(() -> engine.generate(CONFIG)).isInstanceOf(DefinitionException.class)
                .hasMessageEndingWith("IllegalStateException: first\\u000Asecond\\u202E");
    }

    @Test
    void outOfMemoryIsNotSwallowed() {
        CsmbEngine engine = engineWith(() -> new OutOfMemoryError("simulated"), false);

        assertThatThrownBy(() -> engine.generate(CONFIG)).isExactlyInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void anErrorWhileDescribingIsADiscoveryProblem() {
        EchoGenerator broken = new EchoGenerator() {
            @Override
            public PlatformDescriptor descriptor() {
                throw new NoClassDefFoundError("com/example/Missing");
            }
        };
        CsmbEngine engine = CsmbEngine.builder().autoDiscovery(false).generator(broken).build();

        assertThat(engine.discoveryProblems()).filteredOn(p -> p.kind() == Kind.GENERATOR_FAILED).singleElement()
                .satisfies(p -> assertThat(p.message())
                        .isEqualTo("threw while describing itself: NoClassDefFoundError: com/example/Missing"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Echo\u0000", "Echo\nBot", "Echo\u202eBot", " ", ""})
    void descriptorTextIsCheckedLikeTheId(String displayName) {
        EchoGenerator odd = new EchoGenerator() {
            @Override
            public PlatformDescriptor descriptor() {
                return new PlatformDescriptor("test-odd", displayName, "nothing", Complexity.BASIC, "1 minute",
                        Set.of(), List.of(), "Echoes.");
            }
        };
        CsmbEngine engine = CsmbEngine.builder().autoDiscovery(false).generator(odd).build();

        assertThat(engine.platforms()).isEmpty();
        assertThat(engine.discoveryProblems()).filteredOn(p -> p.kind() == Kind.GENERATOR_FAILED).singleElement()
                .satisfies(p -> {
                    assertThat(p.className()).isEqualTo(odd.getClass().getName());
                    assertThat(p.message()).contains("displayName").doesNotContain("\u0000", "\n", "\u202e");
                });
    }

    @Test
    void overlongDescriptorTextIsRefused() {
        EchoGenerator odd = new EchoGenerator() {
            @Override
            public PlatformDescriptor descriptor() {
                return new PlatformDescriptor("test-odd", "Odd", "x".repeat(61), Complexity.BASIC, "1 minute",
                        Set.of(), List.of(), "Echoes.");
            }
        };
        CsmbEngine engine = CsmbEngine.builder().autoDiscovery(false).generator(odd).build();

        assertThat(engine.discoveryProblems()).extracting(DiscoveryProblem::message)
                .contains("declares a library longer than 60 characters");
    }
}
