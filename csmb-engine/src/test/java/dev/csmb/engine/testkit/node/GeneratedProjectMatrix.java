package dev.csmb.engine.testkit.node;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.engine.testkit.CsmbTestKit;
import dev.csmb.engine.testkit.redis.RedisServer;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A platform's (or the runtime's) generated-project integration test: extend it, give the kit, and declare
 * {@code static Stream<Arguments> configurations()} built with {@link #configuration}. Each configuration is
 * generated into a fresh folder and must pass {@link GeneratedProjectCheck}, with one real {@code redis-server} for
 * the whole class so Redis tests run instead of skipping.
 *
 * <pre>{@code
 * class GeneratedProjectIT extends GeneratedProjectMatrix {
 *     GeneratedProjectIT() { super(CsmbTestKit.forGenerator(new MyPlatformGenerator())); }
 *
 *     static Stream<Arguments> configurations() {
 *         return Stream.of(configuration("minimal", b -> b), configuration("redis", b -> b.priorities(...)));
 *     }
 * }
 * }</pre>
 */
public abstract class GeneratedProjectMatrix {

    /** One server for every configuration of a class; each generated test run uses its own key prefixes on it. */
    private static RedisServer redis;

    private final CsmbTestKit kit;

    protected GeneratedProjectMatrix(CsmbTestKit kit) {
        this.kit = kit;
    }

    /** One row of {@code configurations()}: a name for the report and the change to the kit's configuration. */
    protected static Arguments configuration(String name, UnaryOperator<BuildConfiguration.Builder> change) {
        return Arguments.of(name, change);
    }

    @BeforeAll
    public static void startRedis() {
        redis = RedisServer.start();
    }

    @AfterAll
    public static void stopRedis() {
        if (redis != null) {
            redis.close();
            redis = null;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configurations")
    public void installsTypeChecksAndPassesItsTests(String name, UnaryOperator<BuildConfiguration.Builder> change,
                                                    @TempDir Path dir) throws Exception {
        BuildConfiguration configuration = kit.with(change).configuration();
        Path project = kit.with(configuration).generate().writeTo(dir.resolve(name));
        GeneratedProjectCheck.passes(project, configuration, redis.url());
    }
}
