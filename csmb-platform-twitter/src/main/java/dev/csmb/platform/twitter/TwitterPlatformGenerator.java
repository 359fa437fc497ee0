package dev.csmb.platform.twitter;

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
 * Generates a Twitter/X bot on twitter-api-v2: it polls the account's mentions and answers each one once, in a
 * reply threaded to it, and with {@code direct-messages=on} also answers direct messages.
 *
 * <p>It supports ai-integration only, the catalog's list: a tweet is public and short, so branching, attachments,
 * custom commands, webhooks and the other features have no good shape here (X's Account Activity webhooks are a
 * separate, enterprise-priced product).
 *
 * <p>The catalog's default priorities are error-handling alone; a configuration needs two to four, and
 * message-persistence is the one that makes the defaults safe here: it makes SQLite the default store, where the
 * poller keeps the last mention it read and the ids it answered, so a restart answers nothing twice.
 */
@AutoService(PlatformGenerator.class)
public final class TwitterPlatformGenerator implements PlatformGenerator {

    static final String ID = "twitter-api";

    static final PlatformSetting DIRECT_MESSAGES = PlatformSetting.of("direct-messages",
            "Whether the bot also answers direct messages.",
            PlatformSetting.value("off", "Mentions only: the bot answers in public replies."),
            PlatformSetting.value("on", "Mentions and direct messages; needs the app's Direct Messages permission."));

    private static final PlatformDescriptor DESCRIPTOR = new PlatformDescriptor(ID, "Twitter/X Bot",
            "twitter-api-v2", Complexity.INTERMEDIATE, "2-4 hours", EnumSet.of(Feature.AI_INTEGRATION),
            List.of(Priority.ERROR_HANDLING, Priority.MESSAGE_PERSISTENCE),
            "A Twitter/X bot that polls its mentions and answers each one once in a threaded reply, optionally"
                    + " direct messages too.",
            List.of(DIRECT_MESSAGES));

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
        return Optional.of(TwitterRuntime.of(directMessages(context)));
    }

    @Override
    public void generate(GenerationContext context) {
        context.render("src/platform/adapter.js");
        context.render("src/platform/config.js");
        context.render("src/platform/client.js");
        context.render("src/platform/ledger.js");
        if (directMessages(context)) {
            context.render("src/platform/direct-messages.js");
        }
        context.renderLocales("platform");
        if (context.configuration().options().includeTests()) {
            context.render("test/platform/fake-x-api.js");
            context.render("test/platform/mentions.test.js");
            if (directMessages(context)) {
                context.render("test/platform/direct-messages.test.js");
            }
        }
    }

    static boolean directMessages(GenerationContext context) {
        return "on".equals(context.setting(DIRECT_MESSAGES.name()));
    }
}
