package dev.csmb.platform.webchat;

import com.google.auto.service.AutoService;
import dev.csmb.api.Complexity;
import dev.csmb.api.Feature;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.api.Priority;
import dev.csmb.spi.GenerationContext;
import dev.csmb.spi.PlatformGenerator;
import dev.csmb.spi.RuntimeSpec;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Generates an embeddable web chat: an express 5 + socket.io 4 server on the runtime's HTTP server, a dependency-free
 * widget script a site adds with one {@code <script>} tag, and a demo page. Visitors are known by a token the server
 * signs (or, with user-authentication, by a token the host site signs), so a session survives a reload.
 *
 * <p>Of the catalog's features, custom-commands and webhooks are left out: admins are host-site users here, and the
 * runtime's inbound webhook is another channel with its own identities, which a widget has no use for.
 */
@AutoService(PlatformGenerator.class)
public final class WebChatPlatformGenerator implements PlatformGenerator {

    static final String ID = "web-chat";

    private static final PlatformDescriptor DESCRIPTOR = new PlatformDescriptor(ID, "Web Chat Widget",
            "express 5 + socket.io 4 + a dependency-free widget script", Complexity.EXPERT, "4-8 hours",
            EnumSet.of(Feature.CONVERSATION_BRANCHING, Feature.CONTEXT_AWARENESS, Feature.MULTI_LANGUAGE,
                    Feature.FILE_ATTACHMENTS, Feature.AI_INTEGRATION, Feature.BACKUP_RESTORE),
            List.of(Priority.REAL_TIME_SYNC, Priority.USER_AUTHENTICATION, Priority.MESSAGE_PERSISTENCE,
                    Priority.SCALABILITY),
            "A chat widget for any web page (one script tag) served by an express and socket.io server; visitors keep"
                    + " their session across reloads.");

    static final String SOCKET_IO = "^4.8.4";
    static final String REDIS_ADAPTER = "^8.3.0";
    static final String JOSE = "^6.2.18";

    /** The screenshot the generated README shows, a static file (copied byte for byte, and kept between calls). */
    static final String SCREENSHOT = "docs/widget.png";

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
        return Optional.of(WebChatRuntime.of(context.has(Priority.USER_AUTHENTICATION),
                context.has(Priority.REAL_TIME_SYNC), context.configuration().options().includeTests()));
    }

    @Override
    public void generate(GenerationContext context) {
        context.render("src/platform/adapter.js");
        context.render("src/platform/config.js");
        context.render("src/platform/tokens.js");
        context.render("src/platform/origins.js");
        context.render("public/index.html");
        context.render("public/webchat/widget.js");
        context.render("public/webchat/widget.css");
        context.renderLocales("platform");
        if (context.configuration().options().includeDocumentation()) {
            context.render(SCREENSHOT);
        }
        if (context.configuration().options().includeTests()) {
            context.render("test/platform/support.js");
            context.render("test/platform/webchat.test.js");
            context.render("test/platform/widget.test.js");
            if (context.has(Feature.FILE_ATTACHMENTS)) {
                context.render("test/platform/uploads.test.js");
            }
            if (context.has(Priority.REAL_TIME_SYNC)) {
                context.render("test/platform/instances.test.js");
            }
        }
    }
}
