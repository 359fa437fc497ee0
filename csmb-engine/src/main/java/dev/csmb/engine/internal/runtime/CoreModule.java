package dev.csmb.engine.internal.runtime;

import dev.csmb.spi.EnvVar;
import java.util.List;
import java.util.Map;

/**
 * The part every project has: configuration, logging, i18n, the session manager and its events, commands, the chat
 * flow, the entry point and the user's {@code reply()}.
 */
final class CoreModule implements RuntimeModule {

    @Override
    public String id() {
        return "core";
    }

    @Override
    public boolean applies(Selection selection) {
        return true;
    }

    @Override
    public List<String> files(Selection selection) {
        return List.of("package.json", "README.md", ".env.example", ".gitignore", ".nvmrc", "tsconfig.json",
                "locales/core.en.json", "src/index.js", "src/config.js", "src/reply.js",
                "src/core/types.js", "src/core/env.js", "src/core/logger.js", "src/core/i18n.js",
                "src/core/events.js", "src/core/keyed-queue.js", "src/core/sessions.js", "src/core/commands.js",
                "src/core/chat.js", "src/core/runtime.js");
    }

    @Override
    public List<String> testFiles(Selection selection) {
        return List.of("test/support/env.js", "test/config.test.js", "test/i18n.test.js", "test/core/events.test.js",
                "test/core/sessions.test.js", "test/core/chat.test.js", "test/core/concurrency.test.js",
                "test/transcripts/trust.test.js");
    }

    @Override
    public Map<String, String> devDependencies(Selection selection) {
        return Map.of("typescript", "~5.9.3", "@types/node", "^22.19.0");
    }

    @Override
    public List<EnvVar> envVars(Selection selection) {
        return List.of(
                EnvVars.optional("SESSION_IDLE_MINUTES", "30",
                        "Minutes without a message after which the active session is paused."),
                EnvVars.optional("LOG_LEVEL", "info",
                        "How much to log: debug, info, warn or error. Logs are JSON lines on stderr."),
                EnvVars.optional("MAX_MESSAGE_LENGTH", "4000",
                        "Longest message the bot accepts, in characters; longer ones are refused with an answer"
                                + " saying so, and not stored."));
    }
}
