package dev.csmb.integrations;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.Complexity;
import dev.csmb.api.Feature;
import dev.csmb.api.Priority;
import dev.csmb.api.TeamSize;

/** The configurations the provisioning tests use. */
public final class Configurations {

    private Configurations() {
    }

    /** Two priorities, no features. */
    public static BuildConfiguration minimal() {
        return BuildConfiguration.builder("cli-interface")
                .priorities(Priority.MESSAGE_PERSISTENCE, Priority.SESSION_MANAGEMENT)
                .projectName("Min Bot").description("A minimal bot for provisioning tests.").build();
    }

    /** Four priorities and all eight features. */
    public static BuildConfiguration full() {
        return BuildConfiguration.builder("web-chat")
                .priorities(Priority.USER_AUTHENTICATION, Priority.REAL_TIME_SYNC, Priority.ERROR_HANDLING,
                        Priority.SCALABILITY)
                .features(Feature.values()).teamSize(TeamSize.LARGE).complexity(Complexity.EXPERT)
                .projectName("Full Bot").description("Every priority that fits and every feature.").build();
    }
}
