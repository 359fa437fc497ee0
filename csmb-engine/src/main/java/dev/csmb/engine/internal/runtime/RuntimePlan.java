package dev.csmb.engine.internal.runtime;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.Feature;
import dev.csmb.api.GenerationOptions;
import dev.csmb.api.Priority;
import dev.csmb.api.TeamSize;
import dev.csmb.spi.EnvVar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides, in one place, what the shared Node.js runtime contributes to a project: which files, which npm
 * packages, which environment variables, and which store is the default.
 *
 * <p>Internal: not API. The templates behind these files live in {@code csmb/runtime/}; a variable listed here
 * must be read by {@code src/config.js} with the same default, which the generated project's own tests check.
 */
public final class RuntimePlan {

    private static final List<String> CORE = List.of(
            "package.json", "README.md", ".env.example", ".gitignore", ".nvmrc", "tsconfig.json",
            "src/index.js", "src/config.js", "src/reply.js",
            "src/core/types.js", "src/core/env.js", "src/core/logger.js", "src/core/sessions.js",
            "src/core/commands.js", "src/core/chat.js",
            "src/core/stores/index.js", "src/core/stores/memory.js", "src/core/stores/sqlite.js");

    private static final List<String> TESTS = List.of(
            "test/config.test.js", "test/core/sessions.test.js", "test/core/chat.test.js",
            "test/stores/contract.test.js", "test/stores/memory.test.js", "test/stores/sqlite.test.js");

    private static final List<String> DOCKER = List.of("Dockerfile", "docker-compose.yml", ".dockerignore");

    private static final List<String> CI = List.of(".github/workflows/ci.yml");

    private RuntimePlan() {
    }

    /** The runtime files for this configuration; {@code features} are the effective (supported) ones. */
    public static List<PlannedFile> files(BuildConfiguration configuration, Set<Feature> features) {
        GenerationOptions options = configuration.options();
        List<String> paths = new ArrayList<>(CORE);
        if (options.includeTests()) {
            paths.addAll(TESTS);
        }
        if (options.includeDocker()) {
            paths.addAll(DOCKER);
        }
        if (options.includeCI()) {
            paths.addAll(CI);
        }
        if (options.includeDocumentation() && configuration.teamSize().compareTo(TeamSize.SMALL) >= 0) {
            paths.add("CONTRIBUTING.md");
        }
        if (options.includeDocumentation() && configuration.teamSize().compareTo(TeamSize.LARGE) >= 0) {
            paths.add("SECURITY.md");
        }
        return paths.stream().map(PlannedFile::of).toList();
    }

    /** npm runtime dependencies the runtime itself needs, name to version range: none, it uses Node built-ins. */
    public static Map<String, String> dependencies(BuildConfiguration configuration, Set<Feature> features) {
        return Map.of();
    }

    /** npm development dependencies the runtime itself needs: the type checker and Node's typings. */
    public static Map<String, String> devDependencies(BuildConfiguration configuration, Set<Feature> features) {
        return Map.of("typescript", "~5.9.3", "@types/node", "^22.19.0");
    }

    /** Environment variables the runtime reads, in documentation order; none is secret or required. */
    public static List<EnvVar> envVars(BuildConfiguration configuration, Set<Feature> features) {
        return List.of(
                optional("SESSION_STORE", defaultStore(configuration, features), "Where sessions and messages"
                        + " are kept: memory (lost on restart) or sqlite (a file that survives restarts)."),
                optional("SQLITE_PATH", "data/sessions.db", "The SQLite database file used when"
                        + " SESSION_STORE=sqlite; relative to the folder you start the bot in."),
                optional("MEMORY_MAX_SESSIONS", "1000", "The most sessions the memory store keeps; beyond that"
                        + " the least recently used one is dropped."),
                optional("SESSION_IDLE_MINUTES", "30", "Minutes without a message after which the active"
                        + " session is paused."),
                optional("LOG_LEVEL", "info", "How much to log: debug, info, warn or error. Logs are JSON lines"
                        + " on stderr."));
    }

    /** The default session store: {@code "sqlite"} when messages must persist, {@code "memory"} otherwise. */
    public static String defaultStore(BuildConfiguration configuration, Set<Feature> features) {
        return configuration.priorities().contains(Priority.MESSAGE_PERSISTENCE) ? "sqlite" : "memory";
    }

    /** The runtime's setup steps, after the platform's own; Markdown, shown in the README and after generation. */
    public static List<String> setupSteps(BuildConfiguration configuration, Set<Feature> features) {
        List<String> steps = new ArrayList<>();
        steps.add("Install Node.js " + nodeEngines().substring(2) + " or newer (`.nvmrc` names the major version for nvm)");
        steps.add("Run `npm install`");
        steps.add("Copy `.env.example` to `.env` and set what you need (each variable is explained in README.md)");
        if (configuration.options().includeTests()) {
            steps.add("Run `npm test` to see everything work");
        }
        steps.add("Run `npm start`");
        return List.copyOf(steps);
    }

    /** The {@code engines.node} range of generated projects: the first Node 22 with {@code node:sqlite} unflagged. */
    public static String nodeEngines() {
        return ">=22.13.0";
    }

    /** The Node.js major version generated projects target (for .nvmrc, Docker, CI). */
    public static int nodeMajor() {
        return 22;
    }

    private static EnvVar optional(String name, String example, String comment) {
        return new EnvVar(name, example, comment, false, false);
    }
}
