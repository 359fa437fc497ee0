package dev.csmb.platform.discord;

import dev.csmb.spi.EnvVar;
import dev.csmb.spi.RuntimeSpec;

/** What the Discord platform adds to the runtime: discord.js, its three variables, the register script. */
final class DiscordRuntime {

    static final String DISCORD_JS = "^14.28.1";
    /** The fake gateway in the generated tests; discord.js brings ws too, but a test names what it imports. */
    static final String WS = "^8.23.0";
    static final String TYPES_WS = "^8.18.2";

    static final EnvVar TOKEN = new EnvVar("DISCORD_TOKEN", "",
            "The bot's token: Discord Developer Portal > your application > Bot > Reset Token.", true, true);
    static final EnvVar CLIENT_ID = new EnvVar("DISCORD_CLIENT_ID", "",
            "The application id: Developer Portal > your application > General Information; npm run register needs it.",
            true, false);
    static final EnvVar GUILD_ID = new EnvVar("DISCORD_GUILD_ID", "",
            "A server id to register the slash commands in that server only (instant); empty registers them globally.",
            false, false);

    private DiscordRuntime() {
    }

    static RuntimeSpec of(boolean includeTests) {
        RuntimeSpec.Builder builder = RuntimeSpec.builder()
                .dependency("discord.js", DISCORD_JS)
                .envVar(TOKEN)
                .envVar(CLIENT_ID)
                .envVar(GUILD_ID)
                .script("register", "node src/platform/register.js")
                .readmeTemplate("csmb/" + DiscordPlatformGenerator.ID + "/readme-section.md")
                .setupStep("Create an application at https://discord.com/developers/applications, add a bot, and put"
                        + " its token in DISCORD_TOKEN and the application id in DISCORD_CLIENT_ID")
                .setupStep("Invite the bot: OAuth2 > URL Generator, scopes bot and applications.commands")
                .setupStep("Register the slash commands: npm run register");
        if (includeTests) {
            builder.devDependency("ws", WS).devDependency("@types/ws", TYPES_WS);
        }
        return builder.build();
    }
}
