package dev.csmb.engine.codec;

import dev.csmb.api.Stable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A configuration as a person wrote it: wire ids as strings, anything may be missing. Command lines and
 * configuration files are turned into drafts, then into a checked {@link dev.csmb.api.BuildConfiguration}
 * by {@link ConfigurationCodec#toConfiguration(ConfigurationDraft)}.
 *
 * <p>A {@code null} list means "not given" (priorities then default to the platform's); {@code null} strings
 * mean "not given". Options default to true, team size to {@code solo}, complexity to the platform's. Lists are
 * copied and unmodifiable; their entries may be {@code null} (reported as missing ids).
 */
@Stable
public record ConfigurationDraft(String platform, List<String> priorities, List<String> features, String teamSize,
                                 String complexity, String projectName, String description, Boolean includeTests,
                                 Boolean includeDocumentation, Boolean includeDocker, Boolean includeCI,
                                 Boolean allowDowngrades) {

    private static final ConfigurationDraft EMPTY =
            new ConfigurationDraft(null, null, null, null, null, null, null, null, null, null, null, null);

    public ConfigurationDraft {
        priorities = copy(priorities);
        features = copy(features);
    }

    /** A draft with nothing given. */
    public static ConfigurationDraft empty() {
        return EMPTY;
    }

    /**
     * This draft with every value that {@code overrides} gives put in its place, for example a configuration
     * file's values overridden by command-line options.
     */
    public ConfigurationDraft overriddenBy(ConfigurationDraft overrides) {
        ConfigurationDraft o = Objects.requireNonNull(overrides, "overrides must not be null");
        return new ConfigurationDraft(pick(o.platform, platform), pick(o.priorities, priorities),
                pick(o.features, features), pick(o.teamSize, teamSize), pick(o.complexity, complexity),
                pick(o.projectName, projectName), pick(o.description, description), pick(o.includeTests, includeTests),
                pick(o.includeDocumentation, includeDocumentation), pick(o.includeDocker, includeDocker),
                pick(o.includeCI, includeCI), pick(o.allowDowngrades, allowDowngrades));
    }

    private static <T> T pick(T override, T value) {
        return override != null ? override : value;
    }

    private static List<String> copy(List<String> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
