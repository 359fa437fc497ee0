package dev.csmb.engine.runtime;

import dev.csmb.engine.fixtures.FixturePlatformGenerator;
import dev.csmb.api.Complexity;
import dev.csmb.api.Feature;
import dev.csmb.api.GenerationOptions;
import dev.csmb.api.Priority;
import dev.csmb.api.SessionSink;
import dev.csmb.api.TeamSize;
import dev.csmb.engine.testkit.CsmbTestKit;
import dev.csmb.engine.testkit.node.GeneratedProjectMatrix;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The shared runtime's npm matrix, run once here on the engine's fixture platform (a platform module runs only a
 * few configurations exercising its adapter). Generates projects and checks them the way a user would: in a fresh folder, on the Node.js they
 * declare, {@code npm install}, {@code npm run typecheck}, {@code npm run lint} (when the project has it) and
 * {@code npm test} must pass.
 */
class RuntimeProjectIT extends GeneratedProjectMatrix {

    RuntimeProjectIT() {
        super(CsmbTestKit.forGenerator(new FixturePlatformGenerator()));
    }

    static Stream<Arguments> configurations() {
        return Stream.of(
                // the platform's default priorities: session-management and error-handling
                configuration("minimal", b -> b),
                // Also the fixture's non-default setting value (channel=loopback), which changes its adapter.
                configuration("persistence-loopback", b -> b.priorities(
                        Priority.MESSAGE_PERSISTENCE, Priority.SESSION_MANAGEMENT, Priority.ERROR_HANDLING)
                        .setting("channel", "loopback")),
                configuration("bare", b -> b.priorities(
                        Priority.SESSION_MANAGEMENT, Priority.SCALABILITY)
                        .options(new GenerationOptions(false, false, false, false))),
                configuration("intermediate", b -> b
                        .complexity(Complexity.INTERMEDIATE).teamSize(TeamSize.SMALL)),
                configuration("expert-large", b -> b
                        .complexity(Complexity.EXPERT).teamSize(TeamSize.LARGE)),
                feature(Feature.CONVERSATION_BRANCHING),
                feature(Feature.CONTEXT_AWARENESS),
                feature(Feature.CUSTOM_COMMANDS),
                feature(Feature.MULTI_LANGUAGE),
                configuration("auth", b -> b.priorities(
                        Priority.USER_AUTHENTICATION, Priority.SESSION_MANAGEMENT)),
                configuration("persistence-errors", b -> b.priorities(
                        Priority.MESSAGE_PERSISTENCE, Priority.ERROR_HANDLING)),
                feature(Feature.WEBHOOKS),
                feature(Feature.AI_INTEGRATION),
                feature(Feature.FILE_ATTACHMENTS),
                feature(Feature.BACKUP_RESTORE),
                configuration("scalability", b -> b.priorities(
                        Priority.SCALABILITY, Priority.SESSION_MANAGEMENT)),
                configuration("real-time-sync", b -> b.priorities(
                        Priority.REAL_TIME_SYNC, Priority.SESSION_MANAGEMENT)),
                configuration("scalability-and-sync", b -> b.priorities(
                        Priority.SCALABILITY, Priority.REAL_TIME_SYNC, Priority.SESSION_MANAGEMENT)),
                // message persistence where Redis is the default store: its transcript keeps history in SQLite anyway
                configuration("persistence-and-scale", b -> b.priorities(
                        Priority.MESSAGE_PERSISTENCE, Priority.SCALABILITY)),
                // everything on: every feature, with two sets of four priorities between them covering all six, and
                // one session sink each
                configuration("everything-persistent", b -> b
                        .priorities(Priority.SESSION_MANAGEMENT, Priority.MESSAGE_PERSISTENCE,
                                Priority.USER_AUTHENTICATION, Priority.ERROR_HANDLING)
                        .features(java.util.EnumSet.allOf(Feature.class))
                        .complexity(Complexity.INTERMEDIATE).teamSize(TeamSize.SMALL)
                        .sessionSink(SessionSink.NOTION)),
                configuration("everything-scaled", b -> b
                        .priorities(Priority.SCALABILITY, Priority.REAL_TIME_SYNC,
                                Priority.USER_AUTHENTICATION, Priority.ERROR_HANDLING)
                        .features(java.util.EnumSet.allOf(Feature.class))
                        .complexity(Complexity.EXPERT).teamSize(TeamSize.ENTERPRISE)
                        .sessionSink(SessionSink.AIRTABLE)));
    }

    /** The feature alone, with the platform's default priorities. */
    private static Arguments feature(Feature feature) {
        return configuration(feature.id(), b -> b.features(feature));
    }
}
