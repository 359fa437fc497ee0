package dev.csmb.engine.runtime;

import dev.csmb.engine.fixtures.FixturePlatformGenerator;
import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.Feature;
import dev.csmb.engine.testkit.CsmbTestKit;
import dev.csmb.engine.testkit.GeneratedProject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The webhooks, ai-integration, file-attachments and backup-restore modules: what each adds, and nothing without it. */
class FeatureModuleProjectsTests {

    private static final CsmbTestKit KIT = CsmbTestKit.forGenerator(new FixturePlatformGenerator());

    private static GeneratedProject generate(String name, Feature... features) {
        GeneratedProject project = KIT.with(b -> b.features(features)).generate();
        project.writeTo(ProjectShapeTests.OUT.resolve(name));
        return project;
    }

    @Test
    void webhooksMountASignedEndpointOnTheHttpServer() {
        GeneratedProject project = generate("webhooks", Feature.WEBHOOKS);
        project.hasFile("src/core/webhooks.js", "src/core/http.js", "test/transcripts/webhooks.test.js")
                .fileContains("src/core/runtime.js", "import { install as installWebhooks } from './webhooks.js';")
                .fileContains(".env.example", "WEBHOOK_SECRET=\n")
                .fileContains(".env.example", "WEBHOOK_TOLERANCE_SECONDS=300")
                .fileContains("README.md", "## Webhooks");
    }

    @Test
    void aiIntegrationAnswersThroughTheModel() {
        GeneratedProject project = generate("ai-integration", Feature.AI_INTEGRATION);
        project.hasFile("src/core/ai-integration.js", "locales/ai-integration.en.json")
                .fileContains("src/reply.js", "context.ai?.ask()")
                .fileContains("src/core/chat.js", "AiContext} [ai]")
                .fileContains(".env.example", "AI_API_KEY=\n")
                .fileContains(".env.example", "AI_BASE_URL=https://api.openai.com/v1");
        assertThat(project.paths()).doesNotContain("src/core/http.js");
    }

    @Test
    void fileAttachmentsAddTheirCommands() {
        generate("file-attachments", Feature.FILE_ATTACHMENTS)
                .hasFile("src/core/file-attachments.js", "locales/file-attachments.en.json")
                .fileContains(".env.example", "ATTACHMENT_MAX_BYTES=10485760")
                .fileContains("README.md", "`/attach <path>`");
    }

    @Test
    void backupRestoreAddsTheCommandAndTheTool() {
        generate("backup-restore", Feature.BACKUP_RESTORE)
                .hasFile("src/core/backup-restore.js", "src/backup.js", "test/transcripts/backup-restore.test.js")
                .fileContains(".env.example", "BACKUP_DIR=data/backups")
                .fileContains("README.md", "node src/backup.js import <file>");
    }

    @Test
    void allFourTogether() {
        generate("feat2-all", Feature.WEBHOOKS, Feature.AI_INTEGRATION, Feature.FILE_ATTACHMENTS,
                Feature.BACKUP_RESTORE).hasFile("src/core/http.js");
    }

    @Test
    void noneOfTheirCodeWithoutThem() {
        GeneratedProject project = KIT.generate();
        for (String id : List.of("webhooks", "ai-integration", "file-attachments", "backup-restore")) {
            assertThat(project.paths()).noneMatch(p -> p.contains(id));
        }
        assertThat(project.text("src/reply.js")).doesNotContain("context.ai");
        assertThat(project.text("src/core/chat.js")).doesNotContain("ai-integration");
        assertThat(project.text(".env.example")).doesNotContain("WEBHOOK_").doesNotContain("AI_")
                .doesNotContain("ATTACHMENT").doesNotContain("BACKUP_");
        assertThat(project.paths()).doesNotContain("src/core/http.js");
    }
}
