package dev.csmb.platform.discord;

import com.google.auto.service.AutoService;
import dev.csmb.api.Complexity;
import dev.csmb.api.Feature;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.api.PlatformSetting;
import dev.csmb.api.Priority;
import dev.csmb.spi.GenerationContext;
import dev.csmb.spi.PlatformGenerator;
import dev.csmb.spi.RuntimeSpec;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Generates a Discord bot on discord.js 14: slash commands (registered by {@code npm run register}), plain messages
 * that mention the bot or arrive by DM (or, with the {@code messages=all} setting, every message it can read),
 * conversation branches as threads.
 *
 * <p>Supported features are the catalog's: conversation-branching, context-awareness, custom-commands, webhooks and
 * ai-integration. Left out: file-attachments and backup-restore (the adapter neither downloads Discord attachments
 * nor offers a host-file command to network users) and multi-language (the adapter does not map the interaction's
 * locale onto the runtime's per-user locale yet); a downgrade explains it in the README.
 */
@AutoService(PlatformGenerator.class)
public final class DiscordPlatformGenerator implements PlatformGenerator {

    static final String ID = "discord-js";

    /** Which plain messages the bot reads; {@code all} needs Discord's privileged Message Content intent. */
    static final PlatformSetting MESSAGES = PlatformSetting.of("messages",
            "Which plain messages the bot answers besides its slash commands.",
            PlatformSetting.value("mentions", "Messages that mention the bot, and DMs; no privileged intent."),
            PlatformSetting.value("all", "Every message in channels the bot can read; needs Message Content."));

    private static final PlatformDescriptor DESCRIPTOR = new PlatformDescriptor(ID, "Discord Bot", "discord.js 14",
            Complexity.INTERMEDIATE, "2-4 hours",
            EnumSet.of(Feature.CONVERSATION_BRANCHING, Feature.CONTEXT_AWARENESS, Feature.CUSTOM_COMMANDS,
                    Feature.WEBHOOKS, Feature.AI_INTEGRATION),
            List.of(Priority.SESSION_MANAGEMENT, Priority.REAL_TIME_SYNC, Priority.ERROR_HANDLING),
            "A Discord bot: slash commands for its sessions, answers to mentions and DMs, branches as threads.",
            List.of(MESSAGES));

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
        return Optional.of(DiscordRuntime.of(context.configuration().options().includeTests()));
    }

    @Override
    public void generate(GenerationContext context) {
        context.render("src/platform/adapter.js");
        context.render("src/platform/config.js");
        context.render("src/platform/register.js");
        context.render("src/platform/split.js");
        context.renderLocales("platform");
        if (context.configuration().options().includeTests()) {
            context.render("test/platform/discord.test.js");
            context.render("test/platform/split.test.js");
        }
    }
}
