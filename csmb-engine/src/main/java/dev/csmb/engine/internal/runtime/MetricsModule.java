package dev.csmb.engine.internal.runtime;

import dev.csmb.api.Complexity;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prometheus counters for messages, session changes and errors at {@code GET /metrics} on the shared HTTP server,
 * for expert projects.
 */
final class MetricsModule implements RuntimeModule {

    @Override
    public String id() {
        return "metrics";
    }

    @Override
    public boolean applies(Selection selection) {
        return selection.complexityAtLeast(Complexity.EXPERT);
    }

    @Override
    public List<String> files(Selection selection) {
        return List.of("src/core/metrics.js");
    }

    @Override
    public List<String> testFiles(Selection selection) {
        return List.of("test/core/metrics.test.js");
    }

    @Override
    public Map<String, String> dependencies(Selection selection) {
        return Map.of("prom-client", "^15.1.3");
    }

    @Override
    public Optional<String> entryPoint(Selection selection) {
        return Optional.of("src/core/metrics.js");
    }

    @Override
    public Optional<String> readme(Selection selection) {
        return Optional.of("partials/readme/metrics.md.hbs");
    }

    @Override
    public boolean needsHttp(Selection selection) {
        return true;
    }
}
