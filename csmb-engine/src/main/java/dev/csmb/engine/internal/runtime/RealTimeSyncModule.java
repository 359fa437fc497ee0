package dev.csmb.engine.internal.runtime;

import dev.csmb.api.Priority;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Session events over Redis pub/sub, so several instances of the bot stay in step (real-time-sync). It reads its
 * Redis settings through {@link RedisStoreModule}'s {@code src/core/redis.js}, which this priority always generates.
 */
final class RealTimeSyncModule implements RuntimeModule {

    @Override
    public String id() {
        return "real-time-sync";
    }

    @Override
    public boolean applies(Selection selection) {
        return selection.has(Priority.REAL_TIME_SYNC);
    }

    @Override
    public List<String> files(Selection selection) {
        return List.of("src/core/real-time-sync.js");
    }

    @Override
    public List<String> testFiles(Selection selection) {
        return List.of("test/transcripts/real-time-sync.test.js");
    }

    @Override
    public Map<String, String> dependencies(Selection selection) {
        return Map.of("redis", RedisStoreModule.REDIS_CLIENT);
    }

    @Override
    public Optional<String> entryPoint(Selection selection) {
        return Optional.of("src/core/real-time-sync.js");
    }

    @Override
    public Optional<String> readme(Selection selection) {
        return Optional.of("partials/readme/real-time-sync.md.hbs");
    }
}
