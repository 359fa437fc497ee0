package dev.csmb.engine.testkit.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.Priority;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What a generated project must pass, checked the way a user would: in its folder, on the Node.js it declares,
 * {@code npm install}, {@code npm run typecheck}, {@code npm run lint} (when the project has it) and {@code npm test}
 * with nothing skipped. The engine's runtime matrix and every platform's {@code GeneratedProjectIT} use it:
 *
 * <pre>{@code
 * Path project = kit.with(configuration).generate().writeTo(dir);
 * GeneratedProjectCheck.passes(project, configuration, redis.url());
 * }</pre>
 */
public final class GeneratedProjectCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GeneratedProjectCheck() {
    }

    /**
     * Installs, type-checks, lints and tests the project.
     *
     * @param redisUrl a running Redis server ({@code RedisServer.start().url()}), so Redis tests run instead of
     *                 skipping
     */
    public static void passes(Path project, BuildConfiguration configuration, String redisUrl) throws IOException {
        Objects.requireNonNull(configuration, "configuration must not be null");
        NodeProject node = NodeProject.at(project).withEnv("REDIS_URL", redisUrl).install().typecheck();
        if (JSON.readTree(project.resolve("package.json").toFile()).path("scripts").has("lint")) {
            node.succeeds("npm", "run", "lint");
        }
        if (!configuration.options().includeTests()) {
            assertThat(project.resolve("test")).doesNotExist();
            return;
        }
        // The tap reporter marks skipped tests and suites with "# SKIP": with REDIS_URL set, nothing may skip,
        // so the Redis store contract and the sync transcript really ran against the server.
        CommandResult tap = node.run("npm", "test", "--", "--test-reporter=tap");
        assertThat(tap.succeeded()).as(tap.describe(NodeProject.REPORTED_LINES)).isTrue();
        assertThat(tap.output()).as("skipped tests").doesNotContain("# SKIP").contains("# skipped 0")
                .doesNotContain("# tests 0");
        if (configuration.priorities().contains(Priority.SCALABILITY)
                || configuration.priorities().contains(Priority.REAL_TIME_SYNC)) {
            assertThat(tap.output()).contains("ok", "redis store contract");
        }
    }
}
