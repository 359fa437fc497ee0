package dev.csmb.engine.codec;

import dev.csmb.api.Stable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A configuration as a person wrote it: wire ids as strings, anything may be missing. Command lines and
 * configuration files are turned into drafts, then into a checked {@link dev.csmb.api.BuildConfiguration}
 * by {@link ConfigurationCodec#toConfiguration(ConfigurationDraft)}.
 *
 * <p>A {@code null} list means "not given" (priorities then default to the platform's); {@code null} strings
 * mean "not given". Options default to true, team size to {@code solo}, complexity to the platform's. Lists are
 * copied and unmodifiable; their entries may be {@code null} (reported as missing ids). {@code settings} (platform
 * setting name to value) is {@code null} when not given, else a sorted unmodifiable copy; the engine checks names
 * and values against the platform's descriptor. {@code sessionSink} is a session sink id ({@code none},
 * {@code notion}, {@code airtable}), {@code null} when not given (none).
 */
@Stable
public record ConfigurationDraft(String platform, List<String> priorities, List<String> features, String teamSize,
                                 String complexity, String projectName, String description, Boolean includeTests,
                                 Boolean includeDocumentation, Boolean includeDocker, Boolean includeCI,
                                 Boolean allowDowngrades, Map<String, String> settings, String sessionSink) {

    private static final ConfigurationDraft EMPTY = new ConfigurationDraft(null, null, null, null, null, null, null,
            null, null, null, null, null, null, null);

    public ConfigurationDraft {
        priorities = copy(priorities);
        features = copy(features);
        settings = settings == null ? null : Collections.unmodifiableMap(new TreeMap<>(settings));
    }

    /** A draft without a session sink (the form before sinks existed). */
    public ConfigurationDraft(String platform, List<String> priorities, List<String> features, String teamSize,
                              String complexity, String projectName, String description, Boolean includeTests,
                              Boolean includeDocumentation, Boolean includeDocker, Boolean includeCI,
                              Boolean allowDowngrades, Map<String, String> settings) {
        this(platform, priorities, features, teamSize, complexity, projectName, description, includeTests,
                includeDocumentation, includeDocker, includeCI, allowDowngrades, settings, null);
    }

    /** A draft without settings (the form before settings existed). */
    public ConfigurationDraft(String platform, List<String> priorities, List<String> features, String teamSize,
                              String complexity, String projectName, String description, Boolean includeTests,
                              Boolean includeDocumentation, Boolean includeDocker, Boolean includeCI,
                              Boolean allowDowngrades) {
        this(platform, priorities, features, teamSize, complexity, projectName, description, includeTests,
                includeDocumentation, includeDocker, includeCI, allowDowngrades, null, null);
    }

    /** A draft with nothing given. */
    public static ConfigurationDraft empty() {
        return EMPTY;
    }

    /**
     * This draft with every value that {@code overrides} gives put in its place, for example a configuration
     * file's values overridden by command-line options. Settings are merged name by name: a setting the overrides
     * name replaces the same one here, the others stay.
     */
    public ConfigurationDraft overriddenBy(ConfigurationDraft overrides) {
        ConfigurationDraft o = Objects.requireNonNull(overrides, "overrides must not be null");
        return new ConfigurationDraft(pick(o.platform, platform), pick(o.priorities, priorities),
                pick(o.features, features), pick(o.teamSize, teamSize), pick(o.complexity, complexity),
                pick(o.projectName, projectName), pick(o.description, description), pick(o.includeTests, includeTests),
                pick(o.includeDocumentation, includeDocumentation), pick(o.includeDocker, includeDocker),
                pick(o.includeCI, includeCI), pick(o.allowDowngrades, allowDowngrades), merge(settings, o.settings),
                pick(o.sessionSink, sessionSink));
    }

    private static Map<String, String> merge(Map<String, String> base, Map<String, String> overrides) {
        if (base == null || overrides == null) {
            return pick(overrides, base);
        }
        Map<String, String> merged = new TreeMap<>(base);
        merged.putAll(overrides);
        return merged;
    }

    private static <T> T pick(T override, T value) {
        return override != null ? override : value;
    }

    private static List<String> copy(List<String> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
