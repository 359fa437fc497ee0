package dev.csmb.api;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a platform generator offers, as shown to users before they choose.
 *
 * @param id                the wire id, for example {@code "cli-interface"}
 * @param displayName       for example {@code "CLI Tool"}
 * @param library           what the generated code is built with, for example {@code "Node readline"}
 * @param complexity        how demanding the platform is
 * @param estimatedTime     how long setup takes, for example {@code "1-2 hours"}
 * @param supportedFeatures the features the generated code really implements
 * @param defaultPriorities the priorities used when a configuration names none; the engine applies them when it
 *                          validates or generates, whichever way the configuration was made
 * @param summary           one sentence describing the generated project
 */
@Stable
public record PlatformDescriptor(String id, String displayName, String library, Complexity complexity,
                                 String estimatedTime, Set<Feature> supportedFeatures,
                                 List<Priority> defaultPriorities, String summary) {

    public PlatformDescriptor {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(displayName, "displayName must not be null");
        Objects.requireNonNull(library, "library must not be null");
        Objects.requireNonNull(complexity, "complexity must not be null");
        Objects.requireNonNull(estimatedTime, "estimatedTime must not be null");
        supportedFeatures = copy(Objects.requireNonNull(supportedFeatures, "supportedFeatures must not be null"));
        defaultPriorities = List.copyOf(Objects.requireNonNull(defaultPriorities, "defaultPriorities must not be null"));
        Objects.requireNonNull(summary, "summary must not be null");
    }

    private static Set<Feature> copy(Collection<Feature> features) {
        return Collections.unmodifiableSet(features.isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(features));
    }

    /** Whether the generated code implements this feature. */
    public boolean supports(Feature feature) {
        return supportedFeatures.contains(feature);
    }
}
