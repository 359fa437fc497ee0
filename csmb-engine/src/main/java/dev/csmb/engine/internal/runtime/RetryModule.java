package dev.csmb.engine.internal.runtime;

import dev.csmb.api.Priority;
import java.util.List;
import java.util.Optional;

/**
 * The error-handling priority's own files: {@code withRetry} (exponential backoff with full jitter) that platform
 * adapters wrap their API calls in, structured error logs and friendly error replies, tested. The crash handlers live
 * in {@code src/index.js}, gated by the priority; each platform tests its own shutdown (CLI: no acknowledged message
 * lost to SIGTERM).
 */
final class RetryModule implements RuntimeModule {

    @Override
    public String id() {
        return "retry";
    }

    @Override
    public boolean applies(Selection selection) {
        return selection.has(Priority.ERROR_HANDLING);
    }

    @Override
    public List<String> files(Selection selection) {
        return List.of("src/core/retry.js");
    }

    @Override
    public List<String> testFiles(Selection selection) {
        return List.of("test/core/retry.test.js", "test/transcripts/error-handling.test.js");
    }

    @Override
    public Optional<String> readme(Selection selection) {
        return Optional.of("partials/readme/retry.md.hbs");
    }
}
