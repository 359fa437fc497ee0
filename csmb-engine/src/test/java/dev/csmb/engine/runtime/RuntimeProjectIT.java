package dev.csmb.engine.runtime;

import dev.csmb.engine.fixtures.FixturePlatformGenerator;
import dev.csmb.api.Complexity;
import dev.csmb.api.Feature;
import dev.csmb.api.GenerationOptions;
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
 * The shared runtime's npm matrix, run once here on the engine's fixture platform (a platform module runs only a
 * few configurations exercising its adapter). Generates projects and checks them the way a user would: in a fresh folder, on the Node.js they
 * declare, {@code npm install}, {@code npm run typecheck}, {@code npm run lint} (when the project has it) and
 * {@code npm test} must pass.
 */
class RuntimeProjectIT {

    private static final CsmbTestKit KIT = CsmbTestKit.forGenerator(new FixturePlatformGenerator());

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
                // the platform's default priorities: session-management and error-handling
                Arguments.of("minimal", (UnaryOperator<BuildConfiguration.Builder>) b -> b),
                // Also the fixture's non-default setting value (channel=loopback), which changes its adapter.
                Arguments.of("persistence-loopback", (UnaryOperator<BuildConfiguration.Builder>) b -> b.priorities(
                        Priority.MESSAGE_PERSISTENCE, Priority.SESSION_MANAGEMENT, Priority.ERROR_HANDLING)
                        .setting("channel", "loopback")),
                Arguments.of("bare", (UnaryOperator<BuildConfiguration.Builder>) b -> b.priorities(
                        Priority.SESSION_MANAGEMENT, Priority.SCALABILITY)
                        .options(new GenerationOptions(false, false, false, false))),
                Arguments.of("intermediate", (UnaryOperator<BuildConfiguration.Builder>) b -> b
                        .complexity(Complexity.INTERMEDIATE).teamSize(TeamSize.SMALL)),
                Arguments.of("expert-large", (UnaryOperator<BuildConfiguration.Builder>) b -> b
                        .complexity(Complexity.EXPERT).teamSize(TeamSize.LARGE)),
                feature(Feature.CONVERSATION_BRANCHING),
                feature(Feature.CONTEXT_AWARENESS),
                feature(Feature.CUSTOM_COMMANDS),
                feature(Feature.MULTI_LANGUAGE),
                Arguments.of("auth", (UnaryOperator<BuildConfiguration.Builder>) b -> b.priorities(
                        Priority.USER_AUTHENTICATION, Priority.SESSION_MANAGEMENT)),
                Arguments.of("persistence-errors", (UnaryOperator<BuildConfiguration.Builder>) b -> b.priorities(
                        Priority.MESSAGE_PERSISTENCE, Priority.ERROR_HANDLING)),
                feature(Feature.WEBHOOKS),
                feature(Feature.AI_INTEGRATION),
                feature(Feature.FILE_ATTACHMENTS),
                feature(Feature.BACKUP_RESTORE),
                Arguments.of("scalability", (UnaryOperator<BuildConfiguration.Builder>) b -> b.priorities(
                        Priority.SCALABILITY, Priority.SESSION_MANAGEMENT)),
                Arguments.of("real-time-sync", (UnaryOperator<BuildConfiguration.Builder>) b -> b.priorities(
                        Priority.REAL_TIME_SYNC, Priority.SESSION_MANAGEMENT)),
                Arguments.of("scalability-and-sync", (UnaryOperator<BuildConfiguration.Builder>) b -> b.priorities(
                        Priority.SCALABILITY, Priority.REAL_TIME_SYNC, Priority.SESSION_MANAGEMENT)),
                // message persistence where Redis is the default store: its transcript keeps history in SQLite anyway
                Arguments.of("persistence-and-scale", (UnaryOperator<BuildConfiguration.Builder>) b -> b.priorities(
                        Priority.MESSAGE_PERSISTENCE, Priority.SCALABILITY)),
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

    /** The feature alone, with the platform's default priorities. */
    private static Arguments feature(Feature feature) {
        return Arguments.of(feature.id(), (UnaryOperator<BuildConfiguration.Builder>) b -> b.features(feature));
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
