package dev.csmb.platform.telegram;

import dev.csmb.api.Feature;
import dev.csmb.api.GenerationOptions;
import dev.csmb.api.Priority;
import dev.csmb.engine.testkit.CsmbTestKit;
import dev.csmb.engine.testkit.GeneratedProject;
import dev.csmb.engine.testkit.GoldenFiles;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * What the Telegram platform owns, compared whole with golden files (adapter, config, file receiver, catalogs, tests
 * and README section) for long polling and for the webhook, and the choices its generator makes per configuration.
 */
class TelegramGenerationTests {

    static final CsmbTestKit KIT = CsmbTestKit.forGenerator(new TelegramPlatformGenerator())
            .with(b -> b.projectName("My Telegram Bot").description("A Telegram bot that remembers its sessions."));

    private static final GoldenFiles GOLDEN = GoldenFiles.inModule().platformOwned("## Running the bot on Telegram");

    @Test
    void minimal() {
        GeneratedProject project = KIT.generate();
        dump("minimal", project);
        GOLDEN.assertMatches("minimal", project.solution());
        project.fileContains(".env.example", "TELEGRAM_BOT_TOKEN=")
                .fileContains(".env.example", "TELEGRAM_API_ROOT=https://api.telegram.org")
                .fileDoesNotContain(".env.example", "TELEGRAM_WEBHOOK")
                .fileContains("package.json", "\"grammy\": \"" + TelegramRuntime.GRAMMY + "\"")
                .fileContains("package.json", "\"@grammyjs/auto-retry\": \"" + TelegramRuntime.AUTO_RETRY + "\"")
                .fileContains("src/platform/adapter.js", "const BOT_NAME = \"My Telegram Bot\";")
                .fileContains("src/platform/adapter.js", ".start({")
                .doesNotHaveFile("src/core/http.js", "src/platform/files.js");
        Assertions.assertThat(project.text("src/platform/adapter.js")).doesNotContain("webhookCallback", "express");
    }

    @Test
    void webhookModeServesHttpAndChecksTheSecretToken() {
        GeneratedProject project = KIT.with(b -> b.setting("mode", "webhook")
                .features(new TelegramPlatformGenerator().descriptor().supportedFeatures())).generate();
        dump("webhook", project);
        GOLDEN.assertMatches("webhook-everything", project.solution());
        project.hasFile("src/core/http.js", "src/platform/files.js")
                .fileContains(".env.example", "TELEGRAM_WEBHOOK_SECRET=")
                .fileContains(".env.example", "TELEGRAM_WEBHOOK_URL=")
                .fileContains("src/platform/adapter.js", "webhookCallback(bot, 'express', { secretToken: webhookSecret })")
                .fileContains("src/platform/adapter.js", "setWebhook(");
        Assertions.assertThat(project.text("src/platform/adapter.js")).doesNotContain(".start({");
    }

    @Test
    void everyFeatureWithPollingIsRecorded() {
        GeneratedProject project = KIT.with(b -> b
                .priorities(Priority.MESSAGE_PERSISTENCE, Priority.SESSION_MANAGEMENT, Priority.USER_AUTHENTICATION)
                .features(new TelegramPlatformGenerator().descriptor().supportedFeatures())).generate();
        dump("everything", project);
        GOLDEN.assertMatches("polling-everything", project.solution());
        project.fileContains("src/platform/adapter.js", "InlineKeyboard")
                .fileContains("src/platform/adapter.js", "const refusal = await chat.admit({ channel: CHANNEL, userId: String(ctx.from.id)")
                .hasFile("locales/platform.de.json", "locales/platform.es.json");
        Assertions.assertThat(project.text("src/platform/files.js")).doesNotContain("isAllowed");
    }

    @Test
    void theTokenAndTheWebhookSecretAreSecretsAndTheTokenIsRequired() {
        Assertions.assertThat(TelegramPlatformGenerator.envVars(false))
                .extracting(v -> v.name() + (v.required() ? " required" : "") + (v.secret() ? " secret" : ""))
                .containsExactly("TELEGRAM_BOT_TOKEN required secret", "TELEGRAM_API_ROOT");
        Assertions.assertThat(TelegramPlatformGenerator.envVars(true))
                .extracting(v -> v.name() + (v.required() ? " required" : "") + (v.secret() ? " secret" : ""))
                .containsExactly("TELEGRAM_BOT_TOKEN required secret", "TELEGRAM_API_ROOT",
                        "TELEGRAM_WEBHOOK_SECRET required secret", "TELEGRAM_WEBHOOK_URL");
        Assertions.assertThat(TelegramRuntime.of(true).servesHttp()).isTrue();
        Assertions.assertThat(TelegramRuntime.of(false).servesHttp()).isFalse();
    }

    @Test
    void withoutTestsThePlatformHasNoTests() {
        GeneratedProject project = KIT.with(b -> b.options(new GenerationOptions(false, true, true, true)))
                .generate();
        Assertions.assertThat(project.paths()).noneMatch(p -> p.startsWith("test/"))
                .contains("src/platform/adapter.js", "locales/platform.en.json");
    }

    @Test
    void withoutFileAttachmentsThereIsNoFileReceiver() {
        GeneratedProject project = KIT.with(b -> b.features(Feature.MULTI_LANGUAGE)).generate();
        project.doesNotHaveFile("src/platform/files.js");
        Assertions.assertThat(project.text("src/platform/adapter.js")).doesNotContain("files.js", "InlineKeyboard");
    }

    /** For trying the projects by hand: -Dtelegram.dump=/some/dir writes them there. */
    private static void dump(String name, GeneratedProject project) {
        String dir = System.getProperty("telegram.dump");
        if (dir != null) {
            project.writeTo(Path.of(dir, name));
        }
    }
}
