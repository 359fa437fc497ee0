package dev.csmb.platform.telegram;

import dev.csmb.api.Complexity;
import dev.csmb.api.Feature;
import dev.csmb.api.Priority;
import dev.csmb.api.TeamSize;
import dev.csmb.engine.testkit.CsmbTestKit;
import dev.csmb.engine.testkit.node.GeneratedProjectMatrix;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Generates Telegram projects and checks them the way a user would: in a fresh folder, on the Node.js they declare,
 * {@code npm install}, {@code npm run typecheck}, {@code npm run lint} (when the project has it) and {@code npm test},
 * whose platform test drives the real grammY against a fake Bot API on 127.0.0.1.
 */
class GeneratedProjectIT extends GeneratedProjectMatrix {

    GeneratedProjectIT() {
        super(CsmbTestKit.forGenerator(new TelegramPlatformGenerator())
                .with(b -> b.projectName("Telegram Bot").description("Keeps chat sessions for Telegram users.")));
    }

    /** Minimal (polling); every supported feature with SQLite (polling); Redis with sync, every feature, webhook. */
    static Stream<Arguments> configurations() {
        return Stream.of(
                // the platform's default priorities: message-persistence and session-management; long polling
                configuration("minimal", b -> b),
                configuration("everything-persistent", b -> b
                        .priorities(Priority.SESSION_MANAGEMENT, Priority.MESSAGE_PERSISTENCE,
                                Priority.USER_AUTHENTICATION, Priority.ERROR_HANDLING)
                        .features(new TelegramPlatformGenerator().descriptor().supportedFeatures())
                        .complexity(Complexity.INTERMEDIATE).teamSize(TeamSize.SMALL)),
                // Redis-backed with real-time sync, and the non-default setting: mode=webhook
                configuration("scaled-webhook", b -> b
                        .priorities(Priority.SCALABILITY, Priority.REAL_TIME_SYNC, Priority.ERROR_HANDLING)
                        .features(new TelegramPlatformGenerator().descriptor().supportedFeatures())
                        .setting("mode", "webhook")
                        .complexity(Complexity.EXPERT).teamSize(TeamSize.ENTERPRISE)));
    }
}
