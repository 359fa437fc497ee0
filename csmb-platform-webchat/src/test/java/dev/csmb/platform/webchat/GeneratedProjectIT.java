package dev.csmb.platform.webchat;

import dev.csmb.api.Complexity;
import dev.csmb.api.Priority;
import dev.csmb.api.TeamSize;
import dev.csmb.engine.testkit.CsmbTestKit;
import dev.csmb.engine.testkit.node.GeneratedProjectMatrix;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Generates web chat projects and checks them the way a user would: in a fresh folder, on the Node.js they declare,
 * {@code npm install}, {@code npm run typecheck}, {@code npm run lint} (when the project has it) and {@code npm test}
 * must pass. Their tests start the real server and talk to it with socket.io-client on loopback; with real-time-sync
 * two instances share the Redis server the matrix starts.
 */
class GeneratedProjectIT extends GeneratedProjectMatrix {

    GeneratedProjectIT() {
        super(CsmbTestKit.forGenerator(new WebChatPlatformGenerator()));
    }

    /**
     * The platform has no settings. The defaults are Redis-backed with real-time-sync and user authentication; every
     * feature runs once with signed-in visitors on Redis and once with anonymous visitors on SQLite.
     */
    static Stream<Arguments> configurations() {
        EnumSet<dev.csmb.api.Feature> every = EnumSet.copyOf(
                new WebChatPlatformGenerator().descriptor().supportedFeatures());
        return Stream.of(
                // the defaults: real-time-sync, user-authentication, message-persistence, scalability (Redis)
                configuration("minimal-redis-sync", b -> b),
                configuration("every-feature-signed-in-redis", b -> b.features(every)
                        .complexity(Complexity.EXPERT).teamSize(TeamSize.ENTERPRISE)),
                configuration("every-feature-anonymous-sqlite", b -> b
                        .priorities(Priority.MESSAGE_PERSISTENCE, Priority.SESSION_MANAGEMENT,
                                Priority.ERROR_HANDLING)
                        .features(every).complexity(Complexity.INTERMEDIATE).teamSize(TeamSize.SMALL)));
    }
}
