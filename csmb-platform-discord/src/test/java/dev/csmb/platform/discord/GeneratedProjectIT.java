package dev.csmb.platform.discord;

import dev.csmb.api.Complexity;
import dev.csmb.api.Priority;
import dev.csmb.api.TeamSize;
import dev.csmb.engine.testkit.CsmbTestKit;
import dev.csmb.engine.testkit.node.GeneratedProjectMatrix;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Generates Discord projects and checks them the way a user would: in a fresh folder, on the Node.js they declare,
 * {@code npm install}, {@code npm run typecheck}, {@code npm run lint} (when the project has it) and {@code npm test}
 * must pass; the tests run the real adapter and discord.js against a fake Discord on 127.0.0.1.
 */
class GeneratedProjectIT extends GeneratedProjectMatrix {

    GeneratedProjectIT() {
        super(CsmbTestKit.forGenerator(new DiscordPlatformGenerator()));
    }

    /**
     * The platform's defaults (which include real-time-sync, so Redis-backed with sync, answering mentions), every
     * supported feature with SQLite and the non-default {@code messages=all}, and every feature on Redis with
     * scalability and sync.
     */
    static Stream<Arguments> configurations() {
        EnumSet<dev.csmb.api.Feature> features = EnumSet.copyOf(
                new DiscordPlatformGenerator().descriptor().supportedFeatures());
        return Stream.of(
                configuration("minimal", b -> b),
                configuration("everything-persistent-all-messages", b -> b
                        .priorities(Priority.SESSION_MANAGEMENT, Priority.MESSAGE_PERSISTENCE,
                                Priority.USER_AUTHENTICATION, Priority.ERROR_HANDLING)
                        .features(features).complexity(Complexity.INTERMEDIATE).teamSize(TeamSize.SMALL)
                        .setting("messages", "all")),
                configuration("everything-scaled", b -> b
                        .priorities(Priority.SCALABILITY, Priority.REAL_TIME_SYNC,
                                Priority.USER_AUTHENTICATION, Priority.ERROR_HANDLING)
                        .features(features).complexity(Complexity.EXPERT).teamSize(TeamSize.ENTERPRISE)));
    }
}
