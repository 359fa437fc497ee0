package dev.csmb.platform.slack;

import dev.csmb.api.Complexity;
import dev.csmb.api.Priority;
import dev.csmb.api.TeamSize;
import dev.csmb.engine.testkit.CsmbTestKit;
import dev.csmb.engine.testkit.node.GeneratedProjectMatrix;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Generates Slack apps and checks them the way a user would: in a fresh folder, on the Node.js they declare,
 * {@code npm install}, {@code npm run typecheck}, {@code npm run lint} (when the project has it) and {@code npm test},
 * whose platform test runs the real Bolt app against a fake Slack on 127.0.0.1.
 */
class GeneratedProjectIT extends GeneratedProjectMatrix {

    GeneratedProjectIT() {
        super(CsmbTestKit.forGenerator(new SlackPlatformGenerator()));
    }

    /**
     * The defaults (Socket Mode; user-authentication, real-time-sync and scalability, so Redis-backed with sync),
     * every supported feature on Redis with sync in Socket Mode, and every feature in HTTP mode (the non-default
     * setting) on SQLite.
     */
    static Stream<Arguments> configurations() {
        EnumSet<dev.csmb.api.Feature> all = EnumSet.copyOf(new SlackPlatformGenerator().descriptor()
                .supportedFeatures());
        return Stream.of(
                configuration("minimal", b -> b),
                configuration("everything-socket-redis", b -> b
                        .priorities(Priority.SCALABILITY, Priority.REAL_TIME_SYNC, Priority.USER_AUTHENTICATION,
                                Priority.ERROR_HANDLING)
                        .features(all).complexity(Complexity.EXPERT).teamSize(TeamSize.ENTERPRISE)),
                configuration("everything-http-sqlite", b -> b.setting("mode", "http")
                        .priorities(Priority.SESSION_MANAGEMENT, Priority.MESSAGE_PERSISTENCE,
                                Priority.USER_AUTHENTICATION, Priority.ERROR_HANDLING)
                        .features(all).complexity(Complexity.INTERMEDIATE).teamSize(TeamSize.SMALL)));
    }
}
