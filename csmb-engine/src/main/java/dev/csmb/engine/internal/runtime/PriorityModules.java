package dev.csmb.engine.internal.runtime;

import static dev.csmb.engine.internal.runtime.DeclaredModule.module;

import dev.csmb.api.Priority;
import dev.csmb.engine.internal.model.Slugs;
import java.util.List;

/** The modules the priorities add, each decided by its one rule. */
final class PriorityModules {

    /** The {@code redis} npm client (node-redis), current major. */
    static final String REDIS_CLIENT = "^6.3.1";

    /** The p-retry range every module that retries declares (error-handling, webhooks, ai-integration). */
    static final String P_RETRY = "^9.0.0";

    /** The rate-limiter-flexible range (chat rate limits, the session sinks' request limits). */
    static final String RATE_LIMITER_FLEXIBLE = "^11.4.0";

    static final RuntimeModule AUTH = module("auth").when(s -> s.has(Priority.USER_AUTHENTICATION))
            .installs().locales()
            .tests("test/core/auth.test.js", "test/transcripts/auth.test.js")
            .env(EnvVars.optional("ALLOWED_USERS", "", "Comma-separated user ids that may use the bot. Empty:"
                            + " everyone may; set it to make the bot private."),
                    EnvVars.optional("ADMIN_USERS", "", "Comma-separated user ids with the admin role; admins are"
                            + " always allowed."))
            .readme().build();

    static final RuntimeModule SESSION_SCOPE = module("session-scope").when(s -> s.has(Priority.SESSION_MANAGEMENT))
            .installs()
            .tests("test/transcripts/session-management.test.js")
            .env(EnvVars.optional("SESSION_SCOPE", "user", "Whose sessions a message goes to: user (each"
                    + " user has their own, per channel) or channel (everyone in a channel shares them)."))
            .readme().build();

    /** SQLite becomes the default store ({@link Selection#store()}); this module documents and tests it. */
    static final RuntimeModule PERSISTENCE = module("persistence").when(s -> s.has(Priority.MESSAGE_PERSISTENCE))
            .tests("test/transcripts/message-persistence.test.js")
            .readme().build();

    /** p-retry for platform adapters' API calls and the user's own calls in {@code reply()}; friendly error replies. */
    static final RuntimeModule RETRY = module("retry").when(s -> s.has(Priority.ERROR_HANDLING))
            .tests("test/transcripts/error-handling.test.js")
            .dependency("p-retry", P_RETRY)
            .readme().build();

    static final RuntimeModule REDIS_STORE = module("redis-store").when(s -> "redis".equals(s.store()))
            .files("src/core/redis.js", "src/core/stores/redis.js")
            .tests("test/stores/redis.test.js")
            .dependency("redis", REDIS_CLIENT)
            .env(s -> List.of(
                    EnvVars.optional("REDIS_URL", "redis://localhost:6379", "The Redis server, as"
                            + " redis://[user:password@]host:port[/db] (rediss:// for TLS). Used when"
                            + " SESSION_STORE=redis" + (s.has(Priority.REAL_TIME_SYNC) ? ", and by real-time sync,"
                            + " which needs it set when SESSION_STORE is not redis." : ".")),
                    EnvVars.optional("REDIS_KEY_PREFIX", keyPrefix(s), "Put before every Redis key and channel name,"
                            + " so several bots can share one Redis server."),
                    EnvVars.optional("SESSION_TTL_HOURS", "720", "Hours after its last change that Redis drops a"
                            + " session and its messages.")))
            .readme().build();

    static final RuntimeModule RATE_LIMIT = module("rate-limit").when(s -> s.has(Priority.SCALABILITY))
            .installs().locales()
            .tests("test/core/rate-limit.test.js", "test/transcripts/rate-limit.test.js")
            .dependency("rate-limiter-flexible", RATE_LIMITER_FLEXIBLE)
            .env(EnvVars.optional("RATE_LIMIT_PER_MINUTE", "30",
                            "Messages a user may send per minute, on average (commands count too)."),
                    EnvVars.optional("RATE_LIMIT_BURST", "10",
                            "Messages a user may send in a quick burst before the per-minute rate applies."),
                    EnvVars.optional("RATE_LIMIT_STORE", "redis", "Where the counts live: redis (REDIS_URL; the"
                            + " limit holds across all instances) or memory (per instance)."))
            .readme().build();

    static final RuntimeModule HEALTH = module("health").when(s -> s.has(Priority.SCALABILITY))
            .installs()
            .tests("test/transcripts/health.test.js")
            .readme().servesHttp().build();

    static final RuntimeModule REAL_TIME_SYNC = module("real-time-sync").when(s -> s.has(Priority.REAL_TIME_SYNC))
            .installs()
            .tests("test/transcripts/real-time-sync.test.js")
            .dependency("redis", REDIS_CLIENT)
            .readme().build();

    private PriorityModules() {
    }

    /** The project's npm name and a colon, e.g. {@code my-bot:}; the generated code has the same default. */
    static String keyPrefix(Selection selection) {
        return Slugs.npmName(selection.configuration().projectName()) + ":";
    }
}
