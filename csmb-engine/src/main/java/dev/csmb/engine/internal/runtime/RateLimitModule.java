package dev.csmb.engine.internal.runtime;

import dev.csmb.api.Feature;
import dev.csmb.api.Priority;
import dev.csmb.spi.EnvVar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A per-user rate limit on rate-limiter-flexible (Redis or memory), as a chat guard: part of the scalability priority. */
final class RateLimitModule implements RuntimeModule {

    @Override
    public String id() {
        return "rate-limit";
    }

    @Override
    public boolean applies(Selection selection) {
        return selection.has(Priority.SCALABILITY);
    }

    @Override
    public List<String> files(Selection selection) {
        List<String> files = new ArrayList<>(List.of("src/core/rate-limit.js", "locales/rate-limit.en.json"));
        if (selection.has(Feature.MULTI_LANGUAGE)) {
            files.addAll(List.of("locales/rate-limit.es.json", "locales/rate-limit.de.json"));
        }
        return List.copyOf(files);
    }

    @Override
    public List<String> testFiles(Selection selection) {
        return List.of("test/core/rate-limit.test.js", "test/transcripts/rate-limit.test.js");
    }

    @Override
    public Map<String, String> dependencies(Selection selection) {
        return Map.of("rate-limiter-flexible", "^11.4.0");
    }

    @Override
    public List<EnvVar> envVars(Selection selection) {
        return List.of(
                EnvVars.optional("RATE_LIMIT_PER_MINUTE", "30",
                        "Messages a user may send per minute, on average (commands count too)."),
                EnvVars.optional("RATE_LIMIT_BURST", "10",
                        "Messages a user may send in a quick burst before the per-minute rate applies."),
                EnvVars.optional("RATE_LIMIT_STORE", "redis", "Where the counts live: redis (REDIS_URL; the limit holds"
                        + " across all instances) or memory (per instance)."));
    }

    @Override
    public Optional<String> entryPoint(Selection selection) {
        return Optional.of("src/core/rate-limit.js");
    }

    @Override
    public Optional<String> readme(Selection selection) {
        return Optional.of("partials/readme/rate-limit.md.hbs");
    }
}
