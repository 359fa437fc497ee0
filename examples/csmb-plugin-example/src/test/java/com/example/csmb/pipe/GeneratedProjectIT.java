package com.example.csmb.pipe;

import dev.csmb.api.Complexity;
import dev.csmb.api.Feature;
import dev.csmb.api.Priority;
import dev.csmb.api.TeamSize;
import dev.csmb.engine.testkit.CsmbTestKit;
import dev.csmb.engine.testkit.node.GeneratedProjectMatrix;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Generates pipe projects and checks them as a user would, through the kit's GeneratedProjectMatrix: in a
 * fresh folder, on the Node.js the project declares, {@code npm install}, {@code npm run typecheck}, {@code npm run
 * lint} (when present) and {@code npm test} with nothing skipped.
 */
class GeneratedProjectIT extends GeneratedProjectMatrix {

    GeneratedProjectIT() {
        super(CsmbTestKit.forGenerator(new PipePlatformGenerator()));
    }

    /**
     * The platform's defaults, and everything its descriptor supports: every feature, with the priorities that add
     * the most (Redis store, real-time sync, authentication, error handling) at the expert, enterprise level.
     */
    static Stream<Arguments> configurations() {
        return Stream.of(
                configuration("minimal", b -> b),
                configuration("everything", b -> b
                        .priorities(Priority.SCALABILITY, Priority.REAL_TIME_SYNC,
                                Priority.USER_AUTHENTICATION, Priority.ERROR_HANDLING)
                        .features(EnumSet.copyOf(new PipePlatformGenerator().descriptor().supportedFeatures()))
                        .complexity(Complexity.EXPERT).teamSize(TeamSize.ENTERPRISE)));
    }
}
