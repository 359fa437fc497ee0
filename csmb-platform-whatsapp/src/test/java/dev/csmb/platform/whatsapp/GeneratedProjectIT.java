package dev.csmb.platform.whatsapp;

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
 * Generates WhatsApp projects and checks them the way a user would: in a fresh folder, on the Node.js they declare,
 * {@code npm install} (which must not download a browser), {@code npm run typecheck}, {@code npm run lint} (when the
 * project has it) and {@code npm test} must pass.
 */
class GeneratedProjectIT extends GeneratedProjectMatrix {

    private static final EnumSet<Feature> ALL = EnumSet.of(Feature.FILE_ATTACHMENTS, Feature.CONTEXT_AWARENESS,
            Feature.BACKUP_RESTORE);

    GeneratedProjectIT() {
        super(CsmbTestKit.forGenerator(new WhatsAppPlatformGenerator()));
    }

    /**
     * Minimal (the default priorities, whose scalability makes Redis the store); every feature on SQLite with
     * user-authentication; Redis with real-time sync; and the whatsapp-web transport with every feature.
     */
    static Stream<Arguments> configurations() {
        return Stream.of(
                configuration("minimal", b -> b),
                configuration("everything-persistent", b -> b
                        .priorities(Priority.MESSAGE_PERSISTENCE, Priority.SESSION_MANAGEMENT,
                                Priority.USER_AUTHENTICATION, Priority.ERROR_HANDLING)
                        .features(ALL).complexity(Complexity.INTERMEDIATE).teamSize(TeamSize.SMALL)),
                configuration("redis-sync", b -> b
                        .priorities(Priority.SCALABILITY, Priority.REAL_TIME_SYNC, Priority.ERROR_HANDLING)
                        .features(ALL).complexity(Complexity.EXPERT).teamSize(TeamSize.ENTERPRISE)),
                configuration("whatsapp-web", b -> b
                        .setting("transport", "whatsapp-web")
                        .priorities(Priority.MESSAGE_PERSISTENCE, Priority.SESSION_MANAGEMENT,
                                Priority.USER_AUTHENTICATION, Priority.ERROR_HANDLING)
                        .features(ALL).complexity(Complexity.ADVANCED)));
    }
}
