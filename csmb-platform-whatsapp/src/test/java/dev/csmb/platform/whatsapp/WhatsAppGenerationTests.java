package dev.csmb.platform.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.Feature;
import dev.csmb.api.GenerationOptions;
import dev.csmb.api.Priority;
import dev.csmb.engine.testkit.CsmbTestKit;
import dev.csmb.engine.testkit.GeneratedProject;
import dev.csmb.engine.testkit.GoldenFiles;
import org.junit.jupiter.api.Test;

/**
 * What the WhatsApp platform owns, compared whole with golden files per transport, and the generator's choices: files,
 * packages and variables per transport and configuration.
 */
class WhatsAppGenerationTests {

    private static final CsmbTestKit KIT = CsmbTestKit.forGenerator(new WhatsAppPlatformGenerator())
            .with(b -> b.projectName("My WhatsApp Bot").description("A WhatsApp bot that remembers its sessions."));

    private static final CsmbTestKit WEB = KIT.with(b -> b.setting("transport", "whatsapp-web"));

    @Test
    void cloudApiByDefault() {
        GeneratedProject project = KIT.with(b -> b.features(Feature.FILE_ATTACHMENTS)).generate();
        GoldenFiles.inModule().platformOwned("## WhatsApp (Cloud API)").assertMatches("cloud-api", project.solution());
        project.fileContains(".env.example", "WHATSAPP_GRAPH_API_URL=https://graph.facebook.com/v26.0")
                .fileContains(".env.example", "WHATSAPP_APP_SECRET=")
                .fileContains("package.json", "\"express\"")
                .fileContains("package.json", "\"p-retry\"")
                .fileContains("src/index.js", "runtime.http.listen");
        assertThat(project.paths()).contains("src/core/http.js", "src/platform/webhook.js",
                        "src/platform/graph-api.js", "test/platform/cloud-api.test.js")
                .doesNotContain(".puppeteerrc.cjs", "test/platform/whatsapp-web.test.js", "src/platform/seen-messages.js");
        assertThat(project.text("package.json")).doesNotContain("whatsapp-web.js", "puppeteer");
    }

    @Test
    void whatsappWebTransport() {
        GeneratedProject project = WEB.with(b -> b.features(Feature.FILE_ATTACHMENTS)).generate();
        GoldenFiles.inModule().platformOwned("## WhatsApp (whatsapp-web.js)")
                .assertMatches("whatsapp-web", project.solution());
        project.fileContains("package.json", "\"whatsapp-web.js\": \"^1.34.7\"")
                .fileContains("package.json", "\"qrcode-terminal\"")
                .fileContains(".puppeteerrc.cjs", "skipDownload: true")
                .fileContains(".env.example", "PUPPETEER_EXECUTABLE_PATH=")
                .fileContains("README.md", "may **ban the number**");
        assertThat(project.paths()).contains("test/platform/whatsapp-web.test.js")
                .doesNotContain("src/platform/webhook.js", "src/platform/graph-api.js");
        assertThat(project.text(".env.example")).doesNotContain("WHATSAPP_ACCESS_TOKEN", "WHATSAPP_APP_SECRET");
    }

    @Test
    void messageIdsAreClaimedInTheRuntimeStore() {
        GeneratedProject sqlite = KIT.with(b -> b.priorities(Priority.MESSAGE_PERSISTENCE, Priority.ERROR_HANDLING))
                .generate();
        GeneratedProject redis = KIT.with(b -> b.priorities(Priority.SCALABILITY, Priority.ERROR_HANDLING)).generate();
        for (GeneratedProject project : new GeneratedProject[] {sqlite, redis}) {
            assertThat(project.text("src/platform/adapter.js"))
                    .contains("store.claim('whatsapp-messages', message.id, CLAIM_MS)")
                    .doesNotContain("redis", "node:sqlite");
            assertThat(project.text("src/core/stores/sqlite.js")).contains("ON CONFLICT (namespace, id)");
        }
        assertThat(sqlite.paths()).doesNotContain("src/core/stores/redis.js");
        assertThat(redis.text("src/core/stores/redis.js")).contains("condition: 'NX'");
        assertThat(redis.text("test/platform/cloud-api.test.js")).contains("two instances sharing Redis");
        assertThat(sqlite.text("test/platform/cloud-api.test.js")).doesNotContain("two instances sharing Redis");
    }

    @Test
    void attachmentCodeOnlyWithFileAttachments() {
        GeneratedProject plain = KIT.generate();
        assertThat(plain.text("src/platform/adapter.js")).doesNotContain("attachments", "shortId");
        assertThat(plain.text("locales/platform.en.json")).doesNotContain("platform.fileFailed");
        assertThat(WEB.generate().text("src/platform/adapter.js")).doesNotContain("attachments", "shortId");
    }

    @Test
    void conversationBranchingIsNotSupported() {
        assertThat(new WhatsAppPlatformGenerator().descriptor().supportedFeatures())
                .containsExactlyInAnyOrder(Feature.FILE_ATTACHMENTS, Feature.CONTEXT_AWARENESS, Feature.BACKUP_RESTORE);
    }

    @Test
    void onlyTheCloudApiServesHttp() {
        CsmbTestKit persistent = KIT.with(b -> b.priorities(Priority.MESSAGE_PERSISTENCE, Priority.ERROR_HANDLING));
        assertThat(persistent.generate().paths()).contains("src/core/http.js");
        assertThat(persistent.with(b -> b.setting("transport", "whatsapp-web")).generate().paths())
                .doesNotContain("src/core/http.js");
    }

    @Test
    void withoutTestsThePlatformHasNoTests() {
        GeneratedProject project = KIT.with(b -> b.options(new GenerationOptions(false, true, true, true))).generate();
        assertThat(project.paths()).noneMatch(p -> p.startsWith("test/")).contains("src/platform/adapter.js");
    }
}
