package dev.csmb.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.GenerationOptions;
import dev.csmb.api.Priority;
import dev.csmb.engine.testkit.CsmbTestKit;
import dev.csmb.engine.testkit.node.CommandResult;
import dev.csmb.engine.testkit.node.NodeProject;
import dev.csmb.engine.testkit.redis.RedisServer;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import dev.csmb.api.BuildConfiguration;

/**
 * Generates CLI projects and checks them the way a user would: in a fresh folder, on the Node.js they
 * declare, {@code npm install}, {@code npm run typecheck} and {@code npm test} must pass.
 */
class GeneratedProjectIT {

    private static final CsmbTestKit KIT = CsmbTestKit.forGenerator(new CliPlatformGenerator());

    /** One server for every configuration; each generated test run uses its own key prefixes on it. */
    private static RedisServer redis;

    @BeforeAll
    static void startRedis() {
        redis = RedisServer.start();
    }

    @AfterAll
    static void stopRedis() {
        if (redis != null) {
            redis.close();
        }
    }

    static Stream<Arguments> configurations() {
        return Stream.of(
                Arguments.of("minimal", (UnaryOperator<BuildConfiguration.Builder>) b -> b),
                Arguments.of("persistence", (UnaryOperator<BuildConfiguration.Builder>) b -> b.priorities(
                        Priority.MESSAGE_PERSISTENCE, Priority.SESSION_MANAGEMENT, Priority.ERROR_HANDLING)),
                Arguments.of("bare", (UnaryOperator<BuildConfiguration.Builder>) b -> b.priorities(
                        Priority.SESSION_MANAGEMENT, Priority.SCALABILITY)
                        .options(new GenerationOptions(false, false, false, false))),
                Arguments.of("scalability", (UnaryOperator<BuildConfiguration.Builder>) b -> b.priorities(
                        Priority.SCALABILITY, Priority.SESSION_MANAGEMENT)),
                Arguments.of("real-time-sync", (UnaryOperator<BuildConfiguration.Builder>) b -> b.priorities(
                        Priority.REAL_TIME_SYNC, Priority.SESSION_MANAGEMENT)),
                Arguments.of("scalability-and-sync", (UnaryOperator<BuildConfiguration.Builder>) b -> b.priorities(
                        Priority.SCALABILITY, Priority.REAL_TIME_SYNC, Priority.SESSION_MANAGEMENT)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configurations")
    void installsTypeChecksAndPassesItsTests(String name, UnaryOperator<BuildConfiguration.Builder> change,
                                             @TempDir Path dir) throws Exception {
        BuildConfiguration configuration = KIT.with(change).configuration();
        Path project = KIT.with(configuration).generate().writeTo(dir.resolve(name));
        NodeProject node = NodeProject.at(project).withEnv("REDIS_URL", redis.url()).install().typecheck();
        if (configuration.options().includeTests()) {
            node.test();
            // The tap reporter marks skipped tests and suites with "# SKIP": with REDIS_URL set, nothing may skip,
            // so the Redis store contract and the sync transcript really ran against the server.
            CommandResult tap = node.run("npm", "test", "--", "--test-reporter=tap");
            assertThat(tap.succeeded()).as(tap.describe(NodeProject.REPORTED_LINES)).isTrue();
            assertThat(tap.output()).as("skipped tests").doesNotContain("# SKIP").contains("# skipped 0");
            if (configuration.priorities().contains(Priority.SCALABILITY)
                    || configuration.priorities().contains(Priority.REAL_TIME_SYNC)) {
                assertThat(tap.output()).contains("ok", "redis store contract");
            }
        } else {
            assertThat(project.resolve("test")).doesNotExist();
        }
    }
}
