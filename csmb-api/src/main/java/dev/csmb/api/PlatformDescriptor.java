package dev.csmb.api;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * @param settings          the generation-time choices the platform offers (transport, mode, …), in the order users
 *                          see them; empty when it offers none. The engine applies each one's default to a
 *                          configuration that does not name it, when it validates or generates.
 */
@Stable
public record PlatformDescriptor(String id, String displayName, String library, Complexity complexity,
                                 String estimatedTime, Set<Feature> supportedFeatures,
                                 List<Priority> defaultPriorities, String summary, List<PlatformSetting> settings) {

    public PlatformDescriptor {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(displayName, "displayName must not be null");
        Objects.requireNonNull(library, "library must not be null");
        Objects.requireNonNull(complexity, "complexity must not be null");
        Objects.requireNonNull(estimatedTime, "estimatedTime must not be null");
        supportedFeatures = copy(Objects.requireNonNull(supportedFeatures, "supportedFeatures must not be null"));
        defaultPriorities = List.copyOf(Objects.requireNonNull(defaultPriorities, "defaultPriorities must not be null"));
        Objects.requireNonNull(summary, "summary must not be null");
        Objects.requireNonNull(settings, "settings must not be null");
        for (int i = 0; i < settings.size(); i++) {
            Objects.requireNonNull(settings.get(i), "settings[" + i + "] must not be null");
        }
        settings = List.copyOf(settings);
    }

    /** A descriptor of a platform without settings (the form before settings existed). */
    public PlatformDescriptor(String id, String displayName, String library, Complexity complexity,
                              String estimatedTime, Set<Feature> supportedFeatures, List<Priority> defaultPriorities,
                              String summary) {
        this(id, displayName, library, complexity, estimatedTime, supportedFeatures, defaultPriorities, summary,
                List.of());
    }

    /** A copy declaring these settings instead. */
    public PlatformDescriptor withSettings(List<PlatformSetting> value) {
        return new PlatformDescriptor(id, displayName, library, complexity, estimatedTime, supportedFeatures,
                defaultPriorities, summary, value);
    }

    /** A copy declaring these settings instead. */
    public PlatformDescriptor withSettings(PlatformSetting... value) {
        return withSettings(java.util.Arrays.asList(Objects.requireNonNull(value, "settings must not be null")));
    }

    /** The declared setting with this name. */
    public Optional<PlatformSetting> setting(String name) {
        return settings.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    private static Set<Feature> copy(Collection<Feature> features) {
        return Collections.unmodifiableSet(features.isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(features));
    }

    /** Whether the generated code implements this feature. */
    public boolean supports(Feature feature) {
        return supportedFeatures.contains(feature);
    }
}
