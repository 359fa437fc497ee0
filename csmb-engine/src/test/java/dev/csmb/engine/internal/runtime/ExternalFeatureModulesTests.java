package dev.csmb.engine.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.Feature;
import dev.csmb.api.Priority;
import dev.csmb.spi.EnvVar;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The file-attachments, ai-integration, webhooks and backup-restore modules as the plan sees them. */
class ExternalFeatureModulesTests {

    private static final BuildConfiguration CONFIG = BuildConfiguration.builder("cli-interface")
            .projectName("Bot").description("A bot for the tests.").priorities(Priority.SESSION_MANAGEMENT, Priority.ERROR_HANDLING).build();
    private static final Set<Feature> FEATURES = EnumSet.of(Feature.FILE_ATTACHMENTS, Feature.AI_INTEGRATION,
            Feature.WEBHOOKS, Feature.BACKUP_RESTORE);

    @Test
    void everyPlannedFileHasATemplateAlsoWithMultiLanguage() {
        Set<Feature> features = EnumSet.copyOf(FEATURES);
        features.add(Feature.MULTI_LANGUAGE);
        RuntimePlan plan = RuntimePlan.of(CONFIG, features);
        assertThat(plan.files()).extracting(PlannedFile::path)
                .contains("locales/ai-integration.es.json", "locales/file-attachments.de.json",
                        "locales/backup-restore.es.json");
        for (PlannedFile file : plan.files()) {
            assertThat(getClass().getResource("/csmb/runtime/" + file.template()) != null
                    || getClass().getResource("/csmb/runtime/" + file.path()) != null)
                    .as("a template or a static file for " + file.path()).isTrue();
        }
    }

    @Test
    void secretsAreRequiredAndShownEmpty() {
        RuntimePlan plan = RuntimePlan.of(CONFIG, FEATURES);
        assertThat(plan.envVars()).filteredOn(EnvVar::secret).extracting(EnvVar::name)
                .containsExactly("AI_API_KEY", "WEBHOOK_SECRET");
        assertThat(plan.envVars()).filteredOn(EnvVar::secret)
                .allSatisfy(v -> assertThat(v.required()).isTrue())
                .allSatisfy(v -> assertThat(v.example()).isEmpty());
    }

    @Test
    void onlyWebhooksNeedTheHttpServer() {
        assertThat(RuntimePlan.of(CONFIG, EnumSet.of(Feature.WEBHOOKS)).applies("http")).isTrue();
        assertThat(RuntimePlan.of(CONFIG, EnumSet.of(Feature.AI_INTEGRATION, Feature.FILE_ATTACHMENTS,
                Feature.BACKUP_RESTORE)).applies("http")).isFalse();
    }
}
