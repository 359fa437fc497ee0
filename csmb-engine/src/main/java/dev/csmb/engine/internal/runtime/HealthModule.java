package dev.csmb.engine.internal.runtime;

import dev.csmb.api.Priority;
import java.util.List;
import java.util.Optional;

/** {@code GET /healthz} on the core HTTP server: 200 while the store answers, 503 otherwise (scalability). */
final class HealthModule implements RuntimeModule {

    @Override
    public String id() {
        return "health";
    }

    @Override
    public boolean applies(Selection selection) {
        return selection.has(Priority.SCALABILITY);
    }

    @Override
    public List<String> files(Selection selection) {
        return List.of("src/core/health.js");
    }

    @Override
    public List<String> testFiles(Selection selection) {
        return List.of("test/transcripts/health.test.js");
    }

    @Override
    public Optional<String> entryPoint(Selection selection) {
        return Optional.of("src/core/health.js");
    }

    @Override
    public Optional<String> readme(Selection selection) {
        return Optional.of("partials/readme/health.md.hbs");
    }

    @Override
    public boolean needsHttp(Selection selection) {
        return true;
    }
}
