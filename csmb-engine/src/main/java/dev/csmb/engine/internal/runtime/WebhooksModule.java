package dev.csmb.engine.internal.runtime;

import dev.csmb.api.Feature;
import dev.csmb.spi.EnvVar;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Webhooks: an inbound endpoint on the core HTTP server that accepts signed events (HMAC-SHA256 over the raw body,
 * timestamp window, delivery ids remembered against replay) and outbound, signed session events with retries.
 */
final class WebhooksModule implements RuntimeModule {

    @Override
    public String id() {
        return "webhooks";
    }

    @Override
    public boolean applies(Selection selection) {
        return selection.has(Feature.WEBHOOKS);
    }

    @Override
    public List<String> files(Selection selection) {
        return List.of("src/core/webhooks.js");
    }

    @Override
    public List<String> testFiles(Selection selection) {
        return List.of("test/core/webhooks.test.js", "test/transcripts/webhooks.test.js");
    }

    @Override
    public Map<String, String> dependencies(Selection selection) {
        return Map.of("p-retry", RetryModule.P_RETRY);
    }

    @Override
    public List<EnvVar> envVars(Selection selection) {
        return List.of(
                EnvVars.requiredSecret("WEBHOOK_SECRET", "The shared secret that signs webhooks in both directions;"
                        + " a long random string, e.g. from `openssl rand -hex 32`."),
                EnvVars.optional("WEBHOOK_TOLERANCE_SECONDS", "300", "How old (or how far in the future) an"
                        + " inbound webhook's timestamp may be before it is refused as a replay."),
                EnvVars.optional("WEBHOOK_OUTBOUND_URL", "off", "Where session events are POSTed, signed: an http or"
                        + " https URL, or off."),
                EnvVars.optional("WEBHOOK_OUTBOUND_ATTEMPTS", "5", "How many times an outbound webhook is tried"
                        + " before it is given up (with growing pauses in between)."));
    }

    @Override
    public Optional<String> entryPoint(Selection selection) {
        return Optional.of("src/core/webhooks.js");
    }

    @Override
    public Optional<String> readme(Selection selection) {
        return Optional.of("partials/readme/webhooks.md.hbs");
    }

    @Override
    public boolean needsHttp(Selection selection) {
        return true;
    }
}
