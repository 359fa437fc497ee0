package dev.csmb.platform.telegram;

import com.google.auto.service.AutoService;
import dev.csmb.api.Complexity;
import dev.csmb.api.Feature;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.api.PlatformSetting;
import dev.csmb.api.Priority;
import dev.csmb.spi.EnvVar;
import dev.csmb.spi.GenerationContext;
import dev.csmb.spi.PlatformGenerator;
import dev.csmb.spi.RuntimeSpec;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Generates a Telegram bot built with grammY: the shared runtime plus an adapter that receives updates by long polling
 * or, with the {@code mode} setting {@code webhook}, on the runtime's HTTP server.
 *
 * <p>Supported features are the catalog's (file attachments through the Bot API's file download, custom commands, AI
 * replies, per-user languages from Telegram's {@code language_code}) plus conversation branching, whose branches are
 * switched with an inline keyboard. Context awareness, webhooks and backup-restore are runtime modules that do not
 * touch the platform; they are left out because this platform's generated tests do not exercise them through
 * Telegram.
 */
@AutoService(PlatformGenerator.class)
public final class TelegramPlatformGenerator implements PlatformGenerator {

    static final String ID = "telegram-bot-api";

    static final PlatformSetting MODE = PlatformSetting.of("mode", "How the bot receives updates from Telegram.",
            PlatformSetting.value("polling", "Long polling: nothing to expose; one running instance per bot token."),
            PlatformSetting.value("webhook", "An HTTPS endpoint Telegram posts updates to; needs a public URL."));

    private static final PlatformDescriptor DESCRIPTOR = new PlatformDescriptor(ID, "Telegram Bot", "grammY 1.x",
            Complexity.BASIC, "1-3 hours",
            EnumSet.of(Feature.FILE_ATTACHMENTS, Feature.CUSTOM_COMMANDS, Feature.AI_INTEGRATION,
                    Feature.MULTI_LANGUAGE, Feature.CONVERSATION_BRANCHING),
            List.of(Priority.MESSAGE_PERSISTENCE, Priority.SESSION_MANAGEMENT),
            "A Telegram bot on grammY with sessions per user and chat, its commands in Telegram's menu, by long"
                    + " polling or a secret-checked webhook.").withSettings(MODE);

    @Override
    public int spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public PlatformDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Optional<RuntimeSpec> runtime(GenerationContext context) {
        return Optional.of(TelegramRuntime.of(isWebhook(context)));
    }

    @Override
    public void generate(GenerationContext context) {
        context.render("src/platform/adapter.js");
        context.render("src/platform/config.js");
        if (context.has(Feature.FILE_ATTACHMENTS)) {
            context.render("src/platform/files.js");
        }
        context.renderLocales("platform");
        if (context.configuration().options().includeTests()) {
            context.render("test/platform/fake-bot-api.js");
            context.render("test/platform/telegram.test.js");
        }
    }

    static boolean isWebhook(GenerationContext context) {
        return "webhook".equals(context.setting(MODE.name()));
    }

    /** Exposed for tests: the variables of one mode, as the generated {@code .env.example} lists them. */
    static List<EnvVar> envVars(boolean webhook) {
        return TelegramRuntime.of(webhook).envVars();
    }
}
