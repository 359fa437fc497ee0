package dev.csmb.engine.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.Feature;
import dev.csmb.api.Priority;
import dev.csmb.spi.EnvVar;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The auth, session-scope, persistence and retry modules: when they apply and what they plan. */
class OpsModulesTests {

    private static final BuildConfiguration CONFIG = BuildConfiguration.builder("cli-interface")
            .projectName("Bot").description("A bot for the tests.")
            .priorities(Priority.USER_AUTHENTICATION, Priority.MESSAGE_PERSISTENCE).build();

    @Test
    void eachAppliesWithItsPriorityOnly() {
        RuntimePlan plan = RuntimePlan.of(CONFIG, Set.of());
        assertThat(plan.applies("auth")).isTrue();
        assertThat(plan.applies("persistence")).isTrue();
        assertThat(plan.applies("session-scope")).isFalse();
        assertThat(plan.applies("retry")).isFalse();
        assertThat(plan.envVars()).extracting(EnvVar::name).contains("ALLOWED_USERS", "ADMIN_USERS")
                .doesNotContain("SESSION_SCOPE");
    }

    @Test
    void authInstallsBeforeTheOtherPriorityModules() {
        RuntimePlan plan = RuntimePlan.of(CONFIG.withPriorities(Set.of(Priority.USER_AUTHENTICATION,
                Priority.SESSION_MANAGEMENT, Priority.ERROR_HANDLING, Priority.MESSAGE_PERSISTENCE)), Set.of());
        assertThat(plan.modules()).extracting(RuntimeModule::id)
                .containsSubsequence("core", "stores", "auth", "session-scope", "persistence", "retry");
    }

    @Test
    void authTranslatesItsStringsWithMultiLanguage() {
        assertThat(RuntimePlan.of(CONFIG, Set.of(Feature.MULTI_LANGUAGE)).files()).extracting(PlannedFile::path)
                .contains("locales/auth.en.json", "locales/auth.es.json", "locales/auth.de.json");
        assertThat(RuntimePlan.of(CONFIG, Set.of()).files()).extracting(PlannedFile::path)
                .contains("locales/auth.en.json").doesNotContain("locales/auth.es.json");
    }
}
