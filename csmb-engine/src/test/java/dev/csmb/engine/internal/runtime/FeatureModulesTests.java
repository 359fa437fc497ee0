package dev.csmb.engine.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.Feature;
import dev.csmb.api.Priority;
import dev.csmb.spi.EnvVar;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the multi-language, context-awareness, conversation-branching and custom-commands modules plan. */
class FeatureModulesTests {

    private static RuntimePlan plan(List<Priority> priorities, Feature... features) {
        BuildConfiguration configuration = BuildConfiguration.builder("cli-interface").projectName("Bot")
                .description("A bot for the tests.").priorities(priorities).features(features).build();
        return RuntimePlan.of(configuration, Set.of(features));
    }

    private static RuntimePlan plan(Feature... features) {
        return plan(List.of(Priority.SESSION_MANAGEMENT, Priority.ERROR_HANDLING), features);
    }

    private static List<String> vars(RuntimePlan plan) {
        return plan.envVars().stream().map(EnvVar::name).toList();
    }

    @ParameterizedTest
    @EnumSource(value = Feature.class, names = {"MULTI_LANGUAGE", "CUSTOM_COMMANDS", "CONVERSATION_BRANCHING"})
    void featuresKeepingSettingsSwitchOnTheStoreSettings(Feature feature) {
        assertThat(plan(feature).applies("settings")).isTrue();
        assertThat(plan(feature).applies(feature.id())).isTrue();
    }

    @Test
    void withoutThoseFeaturesThereAreNoSettings() {
        assertThat(plan(Feature.CONTEXT_AWARENESS).applies("settings")).isFalse();
        assertThat(plan().modules()).extracting(RuntimeModule::id).doesNotContain("settings", "multi-language",
                "context-awareness", "conversation-branching", "custom-commands");
    }

    @Test
    void eachFeatureDeclaresItsVariables() {
        assertThat(vars(plan(Feature.MULTI_LANGUAGE))).contains("DEFAULT_LOCALE");
        assertThat(vars(plan(Feature.CONTEXT_AWARENESS))).contains("CONTEXT_WINDOW_MESSAGES");
        assertThat(vars(plan(Feature.CUSTOM_COMMANDS))).contains("ADMIN_USERS");
        assertThat(vars(plan(Feature.CONVERSATION_BRANCHING))).doesNotContain("ADMIN_USERS", "DEFAULT_LOCALE",
                "CONTEXT_WINDOW_MESSAGES");
    }

    @Test
    void withUserAuthenticationTheAdminsAreThatModulesVariable() {
        RuntimePlan plan = plan(List.of(Priority.USER_AUTHENTICATION, Priority.SESSION_MANAGEMENT),
                Feature.CUSTOM_COMMANDS);

        RuntimeModule customCommands = plan.modules().stream().filter(m -> m.id().equals("custom-commands"))
                .findFirst().orElseThrow();

        assertThat(customCommands.envVars(plan.selection())).isEmpty();
    }

    @Test
    void multiLanguageTranslatesTheCoreAndEachSelectedModule() {
        List<String> paths = plan(Feature.MULTI_LANGUAGE, Feature.CUSTOM_COMMANDS).files().stream()
                .map(PlannedFile::path).filter(p -> p.startsWith("locales/")).toList();

        assertThat(paths).containsExactlyInAnyOrder("locales/core.en.json", "locales/core.es.json",
                "locales/core.de.json", "locales/multi-language.en.json", "locales/multi-language.es.json",
                "locales/multi-language.de.json", "locales/custom-commands.en.json",
                "locales/custom-commands.es.json", "locales/custom-commands.de.json");
    }
}
