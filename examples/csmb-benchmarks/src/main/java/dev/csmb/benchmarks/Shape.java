package dev.csmb.benchmarks;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.Complexity;
import dev.csmb.api.Feature;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.api.Priority;
import dev.csmb.api.TeamSize;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * The two project shapes measured per platform. Every call gets its own project name and description (a counter), so
 * no cache keyed on the whole configuration can answer a call from an earlier one.
 */
public enum Shape {

    /** What a user gets from a name alone: the platform's default priorities, no feature, solo, basic. */
    MINIMAL {
        @Override
        BuildConfiguration.Builder shape(BuildConfiguration.Builder builder, PlatformDescriptor platform) {
            return builder.teamSize(TeamSize.SOLO).complexity(Complexity.BASIC);
        }
    },

    /** The largest project: every feature the platform supports, four priorities, expert, enterprise. */
    EVERYTHING {
        @Override
        BuildConfiguration.Builder shape(BuildConfiguration.Builder builder, PlatformDescriptor platform) {
            return builder.priorities(List.of(Priority.MESSAGE_PERSISTENCE, Priority.SESSION_MANAGEMENT,
                            Priority.ERROR_HANDLING, Priority.SCALABILITY))
                    .features(platform.supportedFeatures().isEmpty() ? EnumSet.noneOf(Feature.class)
                            : EnumSet.copyOf(platform.supportedFeatures()))
                    .teamSize(TeamSize.ENTERPRISE).complexity(Complexity.EXPERT);
        }
    };

    abstract BuildConfiguration.Builder shape(BuildConfiguration.Builder builder, PlatformDescriptor platform);

    /** The configuration for call number {@code call}: its name and description carry the number. */
    public BuildConfiguration configuration(PlatformDescriptor platform, long call) {
        String number = Long.toString(call, 36);
        BuildConfiguration.Builder builder = BuildConfiguration.builder(platform.id())
                .projectName("Bench Bot " + number)
                .description("Benchmark project number " + number + ", " + name().toLowerCase(Locale.ROOT) + ".");
        return shape(builder, platform).build();
    }
}
