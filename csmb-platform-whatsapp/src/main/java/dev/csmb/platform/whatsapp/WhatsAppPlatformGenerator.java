package dev.csmb.platform.whatsapp;

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
 * Generates a WhatsApp bot: the shared runtime plus an adapter for one of two transports. The default, the official
 * WhatsApp Cloud API, receives Meta's signed webhooks on the runtime's HTTP server and replies through the Graph API
 * with {@code fetch}; the optional whatsapp-web.js transport drives WhatsApp Web in a local Chromium.
 *
 * <p>Supported features are the catalog's: file attachments (the Cloud API's media endpoints, whatsapp-web.js'
 * {@code downloadMedia}), context awareness and backup-restore, which are platform-independent. Conversation branching
 * is left out because a WhatsApp chat has no threads to map branches onto; custom commands, webhooks, AI and
 * multi-language are not in WhatsApp's catalog entry.
 */
@AutoService(PlatformGenerator.class)
public final class WhatsAppPlatformGenerator implements PlatformGenerator {

    static final String ID = "whatsapp-web";

    static final PlatformSetting TRANSPORT = PlatformSetting.of("transport", "How the bot talks to WhatsApp.",
            PlatformSetting.value(Transport.CLOUD_API.id(),
                    "The official WhatsApp Cloud API: Meta calls a webhook; needs a public HTTPS URL and a Meta app."),
            PlatformSetting.value(Transport.WHATSAPP_WEB.id(),
                    "whatsapp-web.js: a linked phone through WhatsApp Web in Chromium; unofficial, may be banned."));

    private static final PlatformDescriptor DESCRIPTOR = new PlatformDescriptor(ID, "WhatsApp Bot",
            "WhatsApp Cloud API webhooks (default) or whatsapp-web.js", Complexity.ADVANCED, "3-5 hours",
            EnumSet.of(Feature.FILE_ATTACHMENTS, Feature.CONTEXT_AWARENESS, Feature.BACKUP_RESTORE),
            List.of(Priority.MESSAGE_PERSISTENCE, Priority.SESSION_MANAGEMENT, Priority.ERROR_HANDLING,
                    Priority.SCALABILITY),
            "A WhatsApp bot on the official Cloud API (signed webhooks, Graph API replies) or on whatsapp-web.js,"
                    + " with sessions kept in SQLite or Redis.",
            List.of(TRANSPORT));

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
        return Optional.of(transportOf(context).runtime());
    }

    @Override
    public void generate(GenerationContext context) {
        Transport transport = transportOf(context);
        for (String file : transport.sources()) {
            context.render(transport.template(file), file);
        }
        context.renderLocales("platform");
        if (context.configuration().options().includeTests()) {
            for (String file : transport.tests()) {
                context.render(transport.template(file), file);
            }
        }
    }

    static Transport transportOf(GenerationContext context) {
        return Transport.fromId(context.setting(TRANSPORT.name()));
    }
}
