package dev.csmb.engine.internal.runtime;

import dev.csmb.api.Priority;
import dev.csmb.engine.internal.model.Slugs;
import dev.csmb.spi.EnvVar;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Redis session store ({@code src/core/stores/redis.js}) and the shared Redis settings ({@code src/core/redis.js}):
 * generated when Redis is the default store, i.e. with the scalability or real-time-sync priority, so several
 * instances of the bot share their sessions.
 */
final class RedisStoreModule implements RuntimeModule {

    /** The {@code redis} npm client (node-redis), current major. */
    static final String REDIS_CLIENT = "^6.3.1";

    @Override
    public String id() {
        return "redis-store";
    }

    @Override
    public boolean applies(Selection selection) {
        return "redis".equals(selection.store());
    }

    @Override
    public List<String> files(Selection selection) {
        return List.of("src/core/redis.js", "src/core/stores/redis.js");
    }

    @Override
    public List<String> testFiles(Selection selection) {
        return List.of("test/stores/redis.test.js");
    }

    @Override
    public Map<String, String> dependencies(Selection selection) {
        return Map.of("redis", REDIS_CLIENT);
    }

    @Override
    public List<EnvVar> envVars(Selection selection) {
        return List.of(
                EnvVars.optional("REDIS_URL", "redis://localhost:6379", "The Redis server, as redis://[user:password@]host:port"
                        + "[/db] (rediss:// for TLS). Used when SESSION_STORE=redis"
                        + (selection.has(Priority.REAL_TIME_SYNC) ? ", and by real-time sync, which needs it set when SESSION_STORE is not redis." : ".")),
                EnvVars.optional("REDIS_KEY_PREFIX", keyPrefix(selection), "Put before every Redis key and channel name, so several"
                        + " bots can share one Redis server."),
                EnvVars.optional("SESSION_TTL_HOURS", "720", "Hours after its last change that Redis drops a session"
                        + " and its messages."));
    }

    /** The project's npm name and a colon, e.g. {@code my-bot:}; the generated code has the same default. */
    static String keyPrefix(Selection selection) {
        return Slugs.npmName(selection.configuration().projectName()) + ":";
    }

    @Override
    public Optional<String> readme(Selection selection) {
        return Optional.of("partials/readme/redis-store.md.hbs");
    }
}
