package dev.csmb.platform.cli;

import dev.csmb.api.Complexity;
import dev.csmb.api.Feature;
import dev.csmb.api.Priority;
import dev.csmb.api.SessionSink;
import dev.csmb.api.TeamSize;
import dev.csmb.engine.testkit.CsmbTestKit;
import dev.csmb.engine.testkit.node.GeneratedProjectMatrix;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Generates CLI projects and checks them the way a user would: in a fresh folder, on the Node.js they
 * declare, {@code npm install}, {@code npm run typecheck}, {@code npm run lint} (when the project has it) and
 * {@code npm test} must pass.
 */
class GeneratedProjectIT extends GeneratedProjectMatrix {

    GeneratedProjectIT() {
        super(CsmbTestKit.forGenerator(new CliPlatformGenerator()));
    }

    /**
     * The configurations that exercise the terminal adapter: the defaults, everything on with SQLite, and
     * everything on with Redis; and each session sink, whose own suite (test/integrations) runs the real program's
     * wiring against a fake service. The runtime's own matrix runs once, in the engine (RuntimeProjectIT).
     */
    static Stream<Arguments> configurations() {
        return Stream.of(
                // the platform's default priorities: session-management and error-handling
                configuration("minimal", b -> b),
                // everything on: every feature, with two sets of four priorities between them covering all six
                configuration("everything-persistent", b -> b
                        .priorities(Priority.SESSION_MANAGEMENT, Priority.MESSAGE_PERSISTENCE,
                                Priority.USER_AUTHENTICATION, Priority.ERROR_HANDLING)
                        .features(java.util.EnumSet.allOf(Feature.class))
                        .complexity(Complexity.INTERMEDIATE).teamSize(TeamSize.SMALL)),
                configuration("everything-scaled", b -> b
                        .priorities(Priority.SCALABILITY, Priority.REAL_TIME_SYNC,
                                Priority.USER_AUTHENTICATION, Priority.ERROR_HANDLING)
                        .features(java.util.EnumSet.allOf(Feature.class))
                        .complexity(Complexity.EXPERT).teamSize(TeamSize.ENTERPRISE)),
                configuration("notion-sink", b -> b
                        .priorities(Priority.SESSION_MANAGEMENT, Priority.MESSAGE_PERSISTENCE)
                        .sessionSink(SessionSink.NOTION)),
                configuration("airtable-sink", b -> b.sessionSink(SessionSink.AIRTABLE)));
    }
}
