package com.example.csmb.pipe;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.Complexity;
import dev.csmb.api.Feature;
import dev.csmb.api.Priority;
import dev.csmb.api.TeamSize;
import dev.csmb.engine.testkit.CsmbTestKit;
import dev.csmb.engine.testkit.node.GeneratedProjectCheck;
import dev.csmb.engine.testkit.redis.RedisServer;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generates pipe projects and checks them as a user would, through the kit's {@link GeneratedProjectCheck}: in a
 * fresh folder, on the Node.js the project declares, {@code npm install}, {@code npm run typecheck}, {@code npm run
 * lint} (when present) and {@code npm test} with nothing skipped.
 */
class GeneratedProjectIT {

    private static final CsmbTestKit KIT = CsmbTestKit.forGenerator(new PipePlatformGenerator());

    /** The Redis tests of the "everything" project run against it instead of skipping. */
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
     * The platform's defaults, and everything its descriptor supports: every feature, with the priorities that add
     * the most (Redis store, real-time sync, authentication, error handling) at the expert, enterprise level.
     */
    static Stream<Arguments> configurations() {
        return Stream.of(
                Arguments.of("minimal", (UnaryOperator<BuildConfiguration.Builder>) b -> b),
                Arguments.of("everything", (UnaryOperator<BuildConfiguration.Builder>) b -> b
                        .priorities(Priority.SCALABILITY, Priority.REAL_TIME_SYNC,
                                Priority.USER_AUTHENTICATION, Priority.ERROR_HANDLING)
                        .features(EnumSet.copyOf(new PipePlatformGenerator().descriptor().supportedFeatures()))
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
