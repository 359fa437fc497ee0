package dev.csmb.cli.wizard;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.Complexity;
import dev.csmb.api.Feature;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.api.Priority;
import dev.csmb.api.SessionSink;
import dev.csmb.api.TeamSize;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Copies of a configuration with one answer changed, for the answers the API has no {@code withX} for. */
final class Answers {

    private Answers() {
    }

    static BuildConfiguration projectName(BuildConfiguration c, String value) {
        return c.toBuilder().projectName(value).build();
    }

    static BuildConfiguration teamSize(BuildConfiguration c, TeamSize value) {
        return c.toBuilder().teamSize(value).build();
    }

    static BuildConfiguration sessionSink(BuildConfiguration c, SessionSink value) {
        return c.withSessionSink(value);
    }

    /** One platform setting chosen; the others keep their values. */
    static BuildConfiguration setting(BuildConfiguration c, String name, String value) {
        return c.toBuilder().setting(name, value).build();
    }

    static BuildConfiguration complexity(BuildConfiguration c, Complexity value) {
        return c.toBuilder().complexity(value).build();
    }

    /**
     * Another platform: its default priorities and complexity are pre-selected, and features it does not support
     * are dropped (unless downgrades are allowed, when they stay and are reported as warnings).
     */
    static BuildConfiguration platform(BuildConfiguration c, PlatformDescriptor platform) {
        EnumSet<Feature> features = EnumSet.noneOf(Feature.class);
        c.features().stream().filter(f -> c.allowDowngrades() || platform.supports(f)).forEach(features::add);
        Set<Priority> priorities = EnumSet.noneOf(Priority.class);
        priorities.addAll(platform.defaultPriorities());
        // Settings belong to the platform left behind; everything else carries over.
        return c.toBuilder().platform(platform.id()).priorities(priorities).features(features)
                .complexity(platform.complexity()).settings(Map.of()).build();
    }
}
