package dev.csmb.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What to generate: the platform, what matters most, which features, for whom, and the project's name.
 *
 * <p>Values are immutable; priorities and features are kept in catalog order, so two configurations that
 * choose the same things are equal. The catalog's rules are declared as Jakarta Validation constraints and
 * checked by the engine's {@code validate}; the constructor only rejects nulls.
 *
 * @param platform        the platform id, for example {@code "cli-interface"}
 * @param priorities      two to four priorities; empty means the platform's default priorities, which the engine
 *                        applies when it validates or generates (see {@link PlatformDescriptor#defaultPriorities()})
 * @param features        up to eight features
 * @param teamSize        who will work on it
 * @param complexity      how elaborate the result should be
 * @param projectName     3 to 50 ASCII letters, digits, {@code -}, {@code _} or spaces, starting with a letter or
 *                        digit; empty when not given, which validation reports as {@code required}
 * @param description     10 to 500 characters of free text; empty when not given, reported as {@code required}
 * @param options         which optional parts to include
 * @param allowDowngrades when true, a feature the platform lacks is dropped with a warning instead of an error
 * @param settings        the platform settings chosen, setting name to value (see {@link PlatformSetting}), sorted
 *                        by name; a setting not named gets its default from the platform's descriptor, applied by
 *                        the engine when it validates or generates. Unknown names and values are violations.
 * @param sessionSink     where the generated bot also writes one row per session ({@link SessionSink#NONE}: nowhere)
 */
@Stable
public record BuildConfiguration(
        @NotBlank(message = "must not be blank") String platform,
        @Size(min = 2, max = 4, message = "choose between {min} and {max} priorities") Set<Priority> priorities,
        @Size(max = 8, message = "choose at most {max} features") Set<Feature> features,
        TeamSize teamSize,
        Complexity complexity,
        @Size(min = 3, max = 50, message = "must be between {min} and {max} characters long")
        @Pattern(regexp = "[A-Za-z0-9]([A-Za-z0-9 _-]*[A-Za-z0-9_-])?",
                message = "may contain only ASCII letters (A-Z, a-z), digits, '-', '_' and spaces, and must start with"
                        + " a letter or digit and not end with a space")
        String projectName,
        @Size(min = 10, max = 500, message = "must be between {min} and {max} characters long") String description,
        @NotNull @Valid GenerationOptions options,
        boolean allowDowngrades,
        Map<String, String> settings,
        SessionSink sessionSink) {

    public BuildConfiguration {
        Objects.requireNonNull(platform, "platform must not be null");
        priorities = enumSet(Priority.class, Objects.requireNonNull(priorities, "priorities must not be null"));
        features = enumSet(Feature.class, Objects.requireNonNull(features, "features must not be null"));
        Objects.requireNonNull(teamSize, "teamSize must not be null");
        Objects.requireNonNull(complexity, "complexity must not be null");
        Objects.requireNonNull(projectName, "projectName must not be null");
        Objects.requireNonNull(description, "description must not be null");
        Objects.requireNonNull(options, "options must not be null");
        settings = Collections.unmodifiableSortedMap(checkedCopy(settings));
        Objects.requireNonNull(sessionSink, "sessionSink must not be null");
    }

    /** A configuration without a session sink (the form before sinks existed). */
    public BuildConfiguration(String platform, Set<Priority> priorities, Set<Feature> features, TeamSize teamSize,
                              Complexity complexity, String projectName, String description,
                              GenerationOptions options, boolean allowDowngrades, Map<String, String> settings) {
        this(platform, priorities, features, teamSize, complexity, projectName, description, options,
                allowDowngrades, settings, SessionSink.NONE);
    }

    /** A configuration without platform settings (the form before settings existed): every setting at its default. */
    public BuildConfiguration(String platform, Set<Priority> priorities, Set<Feature> features, TeamSize teamSize,
                              Complexity complexity, String projectName, String description,
                              GenerationOptions options, boolean allowDowngrades) {
        this(platform, priorities, features, teamSize, complexity, projectName, description, options,
                allowDowngrades, Map.of(), SessionSink.NONE);
    }

    /** A sorted copy; a null name or value is named: "settings must not contain a null name". */
    private static SortedMap<String, String> checkedCopy(Map<String, String> settings) {
        Objects.requireNonNull(settings, "settings must not be null");
        SortedMap<String, String> copy = new TreeMap<>();
        settings.forEach((name, value) -> {
            Objects.requireNonNull(name, "settings must not contain a null name");
            copy.put(name, Objects.requireNonNull(value, () -> "settings." + name + " must not be null"));
        });
        return copy;
    }

    private static <E extends Enum<E>> Set<E> enumSet(Class<E> type, Collection<E> values) {
        return Collections.unmodifiableSet(checkedCopy(type, values, type == Priority.class ? "priorities"
                : "features"));
    }

    /** A copy of {@code values}; a null entry is named by its position: "priorities[1] must not be null". */
    private static <E extends Enum<E>> EnumSet<E> checkedCopy(Class<E> type, Collection<E> values, String name) {
        Objects.requireNonNull(values, () -> name + " must not be null");
        EnumSet<E> set = EnumSet.noneOf(type);
        int index = 0;
        for (E value : values) {
            int at = index++;
            set.add(Objects.requireNonNull(value, () -> name + "[" + at + "] must not be null"));
        }
        return set;
    }

    /**
     * A builder for the given platform id, with solo team, basic complexity, default options, no features, the
     * platform's default priorities (applied by the engine) and no name or description yet: building without
     * them succeeds, and {@code engine.validate} reports each as a {@code required} violation.
     */
    public static Builder builder(String platform) {
        return new Builder(Objects.requireNonNull(platform, "platform must not be null"));
    }

    /** A builder holding this configuration's values. */
    public Builder toBuilder() {
        return new Builder(platform).priorities(priorities).features(features).teamSize(teamSize)
                .complexity(complexity).projectName(projectName).description(description).options(options)
                .allowDowngrades(allowDowngrades).settings(settings).sessionSink(sessionSink);
    }

    /** A copy with another session sink. */
    public BuildConfiguration withSessionSink(SessionSink value) {
        return toBuilder().sessionSink(value).build();
    }

    /** A copy with other platform settings. */
    public BuildConfiguration withSettings(Map<String, String> value) {
        return toBuilder().settings(value).build();
    }

    /** A copy for another platform. */
    public BuildConfiguration withPlatform(String value) {
        return toBuilder().platform(value).build();
    }

    /** A copy with other features. */
    public BuildConfiguration withFeatures(Collection<Feature> value) {
        return toBuilder().features(value).build();
    }

    /** A copy with other priorities. */
    public BuildConfiguration withPriorities(Collection<Priority> value) {
        return toBuilder().priorities(value).build();
    }

    /** A copy with another description. */
    public BuildConfiguration withDescription(String value) {
        return toBuilder().description(value).build();
    }

    /** A copy with other options. */
    public BuildConfiguration withOptions(GenerationOptions value) {
        return toBuilder().options(value).build();
    }

    /**
     * Builds a {@link BuildConfiguration}; every setter replaces the previous value and rejects null with a
     * {@link NullPointerException} naming the argument. Sizes and patterns are checked by the engine's
     * {@code validate}, as violations.
     */
    public static final class Builder {
        private String platform;
        private Set<Priority> priorities = EnumSet.noneOf(Priority.class);
        private Set<Feature> features = EnumSet.noneOf(Feature.class);
        private TeamSize teamSize = TeamSize.SOLO;
        private Complexity complexity = Complexity.BASIC;
        private String projectName = "";
        private String description = "";
        private GenerationOptions options = GenerationOptions.defaults();
        private boolean allowDowngrades;
        private SortedMap<String, String> settings = new TreeMap<>();
        private SessionSink sessionSink = SessionSink.NONE;

        private Builder(String platform) {
            this.platform = platform;
        }

        public Builder platform(String value) {
            this.platform = Objects.requireNonNull(value, "platform must not be null");
            return this;
        }

        /** The priorities; none (the default) means the platform's default priorities. */
        public Builder priorities(Collection<Priority> value) {
            this.priorities = checkedCopy(Priority.class, value, "priorities");
            return this;
        }

        /** The priorities; none (the default) means the platform's default priorities. */
        public Builder priorities(Priority... value) {
            return priorities(Arrays.asList(Objects.requireNonNull(value, "priorities must not be null")));
        }

        public Builder features(Collection<Feature> value) {
            this.features = checkedCopy(Feature.class, value, "features");
            return this;
        }

        public Builder features(Feature... value) {
            return features(Arrays.asList(Objects.requireNonNull(value, "features must not be null")));
        }

        public Builder teamSize(TeamSize value) {
            this.teamSize = Objects.requireNonNull(value, "teamSize must not be null");
            return this;
        }

        public Builder complexity(Complexity value) {
            this.complexity = Objects.requireNonNull(value, "complexity must not be null");
            return this;
        }

        public Builder projectName(String value) {
            this.projectName = Objects.requireNonNull(value, "projectName must not be null");
            return this;
        }

        public Builder description(String value) {
            this.description = Objects.requireNonNull(value, "description must not be null");
            return this;
        }

        public Builder options(GenerationOptions value) {
            this.options = Objects.requireNonNull(value, "options must not be null");
            return this;
        }

        public Builder allowDowngrades(boolean value) {
            this.allowDowngrades = value;
            return this;
        }

        /** All platform settings at once, replacing those given before; names not given take their defaults. */
        public Builder settings(Map<String, String> value) {
            this.settings = checkedCopy(value);
            return this;
        }

        /** One platform setting, for example {@code setting("mode", "webhook")}; replaces an earlier value. */
        public Builder setting(String name, String value) {
            Objects.requireNonNull(name, "setting name must not be null");
            this.settings.put(name, Objects.requireNonNull(value, () -> "settings." + name + " must not be null"));
            return this;
        }

        /** Where the bot also writes one row per session; {@link SessionSink#NONE} (the default) for nowhere. */
        public Builder sessionSink(SessionSink value) {
            this.sessionSink = Objects.requireNonNull(value, "sessionSink must not be null");
            return this;
        }

        /** The configuration; never fails: what is missing or out of range is for {@code validate} to report. */
        public BuildConfiguration build() {
            return new BuildConfiguration(platform, priorities, features, teamSize, complexity, projectName,
                    description, options, allowDowngrades, settings, sessionSink);
        }
    }
}
