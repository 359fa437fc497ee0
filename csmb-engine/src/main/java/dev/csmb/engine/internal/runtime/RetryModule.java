package dev.csmb.engine.internal.runtime;

import dev.csmb.api.Priority;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The error-handling priority: p-retry for platform adapters' API calls and the user's own calls in
 * {@code reply()}, structured error logs and friendly error replies, tested. The crash handlers live
 * in {@code src/index.js}, gated by the priority; each platform tests its own shutdown (CLI: no acknowledged message
 * lost to SIGTERM).
 */
final class RetryModule implements RuntimeModule {

    /** The p-retry range every module that retries declares (webhooks, ai-integration, platform adapters). */
    static final String P_RETRY = "^9.0.0";

    @Override
    public String id() {
        return "retry";
    }

    @Override
    public boolean applies(Selection selection) {
        return selection.has(Priority.ERROR_HANDLING);
    }

    @Override
    public Map<String, String> dependencies(Selection selection) {
        return Map.of("p-retry", P_RETRY);
    }

    @Override
    public List<String> testFiles(Selection selection) {
        return List.of("test/transcripts/error-handling.test.js");
    }

    @Override
    public Optional<String> readme(Selection selection) {
        return Optional.of("partials/readme/retry.md.hbs");
    }
}
