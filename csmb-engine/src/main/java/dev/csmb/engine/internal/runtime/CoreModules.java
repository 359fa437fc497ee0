package dev.csmb.engine.internal.runtime;

import static dev.csmb.engine.internal.runtime.DeclaredModule.module;

/** The modules every project has (the core, the stores) and the HTTP server (express 5) the modules that serve HTTP share. */
final class CoreModules {

    static final RuntimeModule CORE = module("core").when(s -> true)
            .files("package.json", "README.md", ".env.example", ".gitignore", ".nvmrc", ".npmrc", "tsconfig.json",
                    "locales/core.en.json", "src/index.js", "src/node-version.js", "src/config.js", "src/reply.js",
                    "src/core/types.js", "src/core/env.js", "src/core/logger.js", "src/core/i18n.js",
                    "src/core/events.js", "src/core/keyed-queue.js", "src/core/sessions.js", "src/core/commands.js",
                    "src/core/chat.js", "src/core/runtime.js", "src/core/in-flight.js")
            .tests("test/support/env.js", "test/config.test.js", "test/node-version.test.js", "test/i18n.test.js",
                    "test/core/events.test.js", "test/core/in-flight.test.js", "test/core/sessions.test.js",
                    "test/core/chat.test.js", "test/core/concurrency.test.js", "test/transcripts/trust.test.js")
            .dependency("pino", "^10.4.0")
            .devDependency("typescript", "~5.9.3").devDependency("@types/node", "^22.19.0")
            // pino-pretty only makes logs readable on a developer's terminal; production installs omit it.
            .devDependency("pino-pretty", "^13.2.0")
            .env(EnvVars.optional("SESSION_IDLE_MINUTES", "30",
                            "Minutes without a message after which the active session is paused."),
                    EnvVars.optional("LOG_LEVEL", "info",
                            "How much to log: debug, info, warn or error. Logs are JSON lines on stderr."),
                    EnvVars.optional("MAX_MESSAGE_LENGTH", "4000", "Longest message the bot accepts, in characters;"
                            + " longer ones are refused with an answer saying so, and not stored."))
            .build();

    static final RuntimeModule STORES = module("stores").when(s -> true)
            .files("src/core/stores/index.js", "src/core/stores/memory.js", "src/core/stores/sqlite.js")
            .tests("test/stores/contract.test.js", "test/stores/memory.test.js", "test/stores/sqlite.test.js")
            .env(s -> java.util.List.of(
                    EnvVars.optional("SESSION_STORE", s.store(), "Where sessions and messages are kept: memory"
                            + " (lost on restart) or sqlite (a file that survives restarts)"
                            + ("redis".equals(s.store()) ? " or redis (shared by every instance)." : ".")),
                    EnvVars.optional("SQLITE_PATH", "data/sessions.db", "The SQLite database file used when"
                            + " SESSION_STORE=sqlite; relative to the folder you start the bot in."),
                    EnvVars.optional("MEMORY_MAX_SESSIONS", "1000", "The most sessions the memory store keeps;"
                            + " beyond that the least recently used one is dropped.")))
            .build();

    /** Generated when some selected module serves HTTP ({@link Selection#http()}, decided by {@link RuntimePlan}). */
    static final RuntimeModule HTTP = module("http").when(Selection::http)
            .files("src/core/http.js")
            .tests("test/core/http.test.js")
            .dependency("express", "^5.2.1").devDependency("@types/express", "^5.0.6")
            .env(EnvVars.optional("HTTP_PORT", "3000", "The port the bot's HTTP endpoints listen on."),
                    EnvVars.optional("HTTP_HOST", "127.0.0.1", "The interface they listen on: 127.0.0.1 keeps them on"
                            + " this machine; 0.0.0.0 opens them to the network (e.g. in a container, behind a proxy)."))
            .build();

    private CoreModules() {
    }
}
