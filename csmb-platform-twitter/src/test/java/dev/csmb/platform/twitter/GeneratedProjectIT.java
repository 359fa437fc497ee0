package dev.csmb.platform.twitter;

import dev.csmb.api.Complexity;
import dev.csmb.api.Feature;
import dev.csmb.api.Priority;
import dev.csmb.api.TeamSize;
import dev.csmb.engine.testkit.CsmbTestKit;
import dev.csmb.engine.testkit.node.GeneratedProjectMatrix;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Generates Twitter/X projects and checks them the way a user would: in a fresh folder, on the Node.js they declare,
 * {@code npm install}, {@code npm run typecheck}, {@code npm run lint} (when the project has it) and {@code npm test},
 * whose platform tests run the real poller against a local fake of the X API.
 */
class GeneratedProjectIT extends GeneratedProjectMatrix {

    GeneratedProjectIT() {
        super(CsmbTestKit.forGenerator(new TwitterPlatformGenerator()));
    }

    /** Minimal (SQLite ledger); every feature with direct messages on; Redis-backed with real-time sync. */
    static Stream<Arguments> configurations() {
        return Stream.of(
                // the platform's default priorities: error-handling and message-persistence
                configuration("minimal", b -> b),
                // every supported feature, the non-default setting value, four priorities, lint
                configuration("everything-direct-messages", b -> b
                        .priorities(Priority.SESSION_MANAGEMENT, Priority.MESSAGE_PERSISTENCE,
                                Priority.USER_AUTHENTICATION, Priority.ERROR_HANDLING)
                        .features(Feature.AI_INTEGRATION)
                        .setting("direct-messages", "on")
                        .complexity(Complexity.INTERMEDIATE).teamSize(TeamSize.SMALL)),
                // Redis store and real-time sync: the ledger's claims and cursors live in Redis
                configuration("redis-sync", b -> b
                        .priorities(Priority.SCALABILITY, Priority.REAL_TIME_SYNC, Priority.ERROR_HANDLING)
                        .features(Feature.AI_INTEGRATION)
                        .setting("direct-messages", "on")
                        .complexity(Complexity.EXPERT).teamSize(TeamSize.ENTERPRISE)));
    }
}
