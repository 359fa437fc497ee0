package dev.csmb.platform.slack;

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
 * Generates a Slack app on Bolt for JavaScript: the shared runtime plus an adapter that maps mentions, direct messages,
 * the app's slash command and its buttons onto the chat core, and the app manifest to create the app from.
 *
 * <p>It supports the catalog's features for Slack. Multi-language and file attachments are left out: Slack shows its
 * own interface in the user's language and the catalog does not list them; attachments would need {@code files:read}
 * and a download of private files, which the catalog does not ask of a Slack app. Backup and restore is a host
 * command, for the terminal only.
 */
@AutoService(PlatformGenerator.class)
public final class SlackPlatformGenerator implements PlatformGenerator {

    static final String ID = "slack-bolt";

    /** How Slack reaches the app. */
    static final PlatformSetting MODE = PlatformSetting.of("mode", "How Slack delivers events to the app.",
            PlatformSetting.value("socket", "Socket Mode: the app opens a WebSocket to Slack; no public URL needed."),
            PlatformSetting.value("http", "HTTP mode: Slack POSTs signed requests to a public HTTPS URL."));

    private static final PlatformDescriptor DESCRIPTOR = new PlatformDescriptor(ID, "Slack App", "@slack/bolt 5",
            Complexity.ADVANCED, "4-6 hours",
            EnumSet.of(Feature.CONVERSATION_BRANCHING, Feature.CONTEXT_AWARENESS, Feature.CUSTOM_COMMANDS,
                    Feature.WEBHOOKS, Feature.AI_INTEGRATION),
            List.of(Priority.USER_AUTHENTICATION, Priority.REAL_TIME_SYNC, Priority.SCALABILITY),
            "A Slack app on Bolt: answers mentions, direct messages and its slash command, with sessions per user and"
                    + " conversation, threads as conversations of their own, and an app manifest to create it from.")
            .withSettings(List.of(MODE));

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
        return Optional.of(SlackRuntime.of(SlackApp.of(context), context.configuration().options().includeTests()));
    }

    @Override
    public void generate(GenerationContext context) {
        context.render("src/platform/adapter.js");
        context.render("src/platform/config.js");
        context.render("src/platform/format.js");
        context.render(template("manifest.json"), "manifest.json", SlackApp.of(context).model());
        context.renderLocales("platform");
        if (context.configuration().options().includeTests()) {
            context.render("test/platform/fake-slack.js");
            context.render("test/platform/slack.test.js");
        }
    }

    private static String template(String path) {
        return "csmb/" + ID + "/" + path + ".hbs";
    }
}
