package dev.csmb.engine.internal.runtime;

import dev.csmb.spi.EnvVar;
import java.util.List;

/**
 * The core HTTP server ({@code src/core/http.js}) that modules mount routes on: health checks, inbound webhooks,
 * metrics. Generated only when a selected module {@linkplain RuntimeModule#needsHttp needs it}.
 */
final class HttpModule implements RuntimeModule {

    @Override
    public String id() {
        return "http";
    }

    @Override
    public boolean applies(Selection selection) {
        return selection.http();
    }

    @Override
    public List<String> files(Selection selection) {
        return List.of("src/core/http.js");
    }

    @Override
    public List<String> testFiles(Selection selection) {
        return List.of("test/core/http.test.js");
    }

    @Override
    public List<EnvVar> envVars(Selection selection) {
        return List.of(EnvVars.optional("HTTP_PORT", "3000",
                "The port the bot's HTTP endpoints listen on (all interfaces)."));
    }
}
