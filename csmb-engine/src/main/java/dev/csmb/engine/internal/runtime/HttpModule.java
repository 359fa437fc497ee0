package dev.csmb.engine.internal.runtime;

import dev.csmb.spi.EnvVar;
import java.util.List;
import java.util.Map;

/**
 * The core HTTP server ({@code src/core/http.js}, an express 5 app) that modules mount routes on: health checks, inbound webhooks,
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
    public Map<String, String> dependencies(Selection selection) {
        return Map.of("express", "^5.2.1");
    }

    @Override
    public Map<String, String> devDependencies(Selection selection) {
        return Map.of("@types/express", "^5.0.6");
    }

    @Override
    public List<EnvVar> envVars(Selection selection) {
        return List.of(
                EnvVars.optional("HTTP_PORT", "3000", "The port the bot's HTTP endpoints listen on."),
                EnvVars.optional("HTTP_HOST", "127.0.0.1", "The interface they listen on: 127.0.0.1 keeps them on this"
                        + " machine; 0.0.0.0 opens them to the network (e.g. in a container, behind a proxy)."));
    }
}
