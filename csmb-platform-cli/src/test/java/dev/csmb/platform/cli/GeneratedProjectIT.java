package dev.csmb.platform.cli;

import dev.csmb.api.Complexity;
import dev.csmb.api.Feature;
import dev.csmb.api.Priority;
import dev.csmb.api.TeamSize;
import dev.csmb.engine.testkit.CsmbTestKit;
import dev.csmb.engine.testkit.node.GeneratedProjectCheck;
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
 * declare, {@code npm install}, {@code npm run typecheck}, {@code npm run lint} (when the project has it) and
 * {@code npm test} must pass.
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

    /**
     * The configurations that exercise the terminal adapter: the defaults, everything on with SQLite, and
     * everything on with Redis. The runtime's own matrix runs once, in the engine (RuntimeProjectIT).
     */
    static Stream<Arguments> configurations() {
        return Stream.of(
                // the platform's default priorities: session-management and error-handling
                Arguments.of("minimal", (UnaryOperator<BuildConfiguration.Builder>) b -> b),
                // everything on: every feature, with two sets of four priorities between them covering all six
                Arguments.of("everything-persistent", (UnaryOperator<BuildConfiguration.Builder>) b -> b
                        .priorities(Priority.SESSION_MANAGEMENT, Priority.MESSAGE_PERSISTENCE,
                                Priority.USER_AUTHENTICATION, Priority.ERROR_HANDLING)
                        .features(java.util.EnumSet.allOf(Feature.class))
                        .complexity(Complexity.INTERMEDIATE).teamSize(TeamSize.SMALL)),
                Arguments.of("everything-scaled", (UnaryOperator<BuildConfiguration.Builder>) b -> b
                        .priorities(Priority.SCALABILITY, Priority.REAL_TIME_SYNC,
                                Priority.USER_AUTHENTICATION, Priority.ERROR_HANDLING)
                        .features(java.util.EnumSet.allOf(Feature.class))
                        .complexity(Complexity.EXPERT).teamSize(TeamSize.ENTERPRISE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configurations")
    void installsTypeChecksAndPassesItsTests(String name, UnaryOperator<BuildConfiguration.Builder> change,
                                             @TempDir Path dir) throws Exception {
        BuildConfiguration configuration = KIT.with(change).configuration();
        Path project = KIT.with(configuration).generate().writeTo(dir.resolve(name));
        GeneratedProjectCheck.passes(project, configuration, redis.url());
    }
}
