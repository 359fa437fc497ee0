package dev.csmb.platform.telegram;

import dev.csmb.spi.EnvVar;
import dev.csmb.spi.RuntimeSpec;

/** What the Telegram platform adds to the runtime in each mode: its npm packages, variables and README section. */
final class TelegramRuntime {

    /** Versions current on the npm registry when this module was written. */
    static final String GRAMMY = "^1.46.0";
    static final String AUTO_RETRY = "^2.0.2";

    static final EnvVar TOKEN = new EnvVar("TELEGRAM_BOT_TOKEN", "",
            "The bot's token from @BotFather (/newbot or /token); never share it.", true, true);
    static final EnvVar API_ROOT = new EnvVar("TELEGRAM_API_ROOT", "https://api.telegram.org",
            "The Bot API server: Telegram's, or your own local Bot API server.", false, false);
    static final EnvVar WEBHOOK_SECRET = new EnvVar("TELEGRAM_WEBHOOK_SECRET", "",
            "1-256 letters, digits, _ or -; Telegram sends it in X-Telegram-Bot-Api-Secret-Token with every update.",
            true, true);
    static final EnvVar WEBHOOK_URL = new EnvVar("TELEGRAM_WEBHOOK_URL", "",
            "The public https URL that reaches /telegram/webhook here; set, the bot registers it at start.",
            false, false);

    private static final RuntimeSpec POLLING = base().build();
    private static final RuntimeSpec WEBHOOK = base().envVar(WEBHOOK_SECRET).envVar(WEBHOOK_URL).servesHttp().build();

    private TelegramRuntime() {
    }

    static RuntimeSpec of(boolean webhook) {
        return webhook ? WEBHOOK : POLLING;
    }

    private static RuntimeSpec.Builder base() {
        return RuntimeSpec.builder()
                .dependency("grammy", GRAMMY)
                .dependency("@grammyjs/auto-retry", AUTO_RETRY)
                .envVar(TOKEN)
                .envVar(API_ROOT)
                .readmeTemplate("csmb/" + TelegramPlatformGenerator.ID + "/readme-section.md.hbs")
                .setupStep("Create the bot with @BotFather and put its token in TELEGRAM_BOT_TOKEN (.env)");
    }
}
