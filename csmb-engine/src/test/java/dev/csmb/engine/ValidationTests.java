package dev.csmb.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.csmb.api.Feature;
import dev.csmb.api.InvalidInputException;
import dev.csmb.api.Priority;
import dev.csmb.engine.fixtures.EchoGenerator;
import dev.csmb.engine.testkit.CsmbTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidationTests {

    private final CsmbTestKit kit = CsmbTestKit.forGenerator(new EchoGenerator());

    @Test
    void defaultConfigurationIsValid() {
        assertThat(kit.validate().isValid().result().violations()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b bot", "../etc", "bot\u0000x", " lead", "trail ", "é-bot", "x"})
    void badProjectNamesAreRejectedNamingTheField(String name) {
        assertThat(kit.with(b -> b.projectName(name)).validate().result().errors())
                .anySatisfy(v -> assertThat(v.field()).isEqualTo("projectName"));
    }

    @Test
    void validationNeedsNoExpressionLanguageOnTheClassPath() {
        // The engine's dependencies bring no EL (expressly, jakarta.el-api); messages still carry {min}/{max}.
        assertThatThrownBy(() -> Class.forName("jakarta.el.ExpressionFactory"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.glassfish.expressly.ExpressionFactoryImpl"))
                .isInstanceOf(ClassNotFoundException.class);
        kit.with(b -> b.projectName("ab")).validate().hasError("projectName", "size")
                .messageContains("projectName", "between 3 and 50");
    }

    @Test
    void validationsRacingTheBackgroundBootstrapAllGetTheValidatorsAnswer() throws Exception {
        CsmbEngine.prepareInBackground();
        CsmbEngine.prepareInBackground();
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<?>> checks = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                checks.add(threads.submit(() -> kit.with(b -> b.projectName("ab")).validate()
                        .hasError("projectName", "size").messageContains("projectName", "between 3 and 50")));
            }
            for (java.util.concurrent.Future<?> check : checks) {
                check.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void projectNameOf200CharactersIsTooLong() {
        kit.with(b -> b.projectName("a".repeat(200))).validate().hasError("projectName", "size")
                .messageContains("projectName", "between 3 and 50");
    }

    @Test
    void oneOrFivePrioritiesAreRejected() {
        kit.with(b -> b.priorities(Priority.SESSION_MANAGEMENT)).validate().hasError("priorities", "size")
                .messageContains("priorities", "between 2 and 4");
        kit.with(b -> b.priorities(Priority.SESSION_MANAGEMENT, Priority.ERROR_HANDLING, Priority.SCALABILITY,
                Priority.REAL_TIME_SYNC, Priority.USER_AUTHENTICATION)).validate().hasError("priorities", "size");
    }

    @Test
    void descriptionMustBe10To500Characters() {
        kit.with(b -> b.description("too short")).validate().hasError("description", "size");
        kit.with(b -> b.description("x".repeat(501))).validate().hasError("description", "size");
        kit.with(b -> b.description("x".repeat(500))).validate().isValid();
    }

    @Test
    void unknownPlatformListsTheKnownOnes() {
        kit.with(b -> b.platform("myspace")).validate().hasError("platform", "unknown-platform")
                .messageContains("platform", "test-echo");
    }

    @Test
    void unsupportedFeatureIsAnErrorUnlessDowngradesAreAllowed() {
        kit.with(b -> b.features(Feature.WEBHOOKS)).validate()
                .hasError("features[webhooks]", "unsupported-feature");
        kit.with(b -> b.features(Feature.WEBHOOKS).allowDowngrades(true)).validate().isValid()
                .hasWarning("features[webhooks]", "feature-downgraded");
    }

    @Test
    void generateRefusesAnInvalidConfigurationWithTheViolations() {
        assertThatThrownBy(() -> kit.engine().generate(kit.with(b -> b.projectName("a/b")).configuration()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("projectName")
                .satisfies(e -> assertThat(((InvalidInputException) e).result().errors()).hasSize(1));
    }
}
