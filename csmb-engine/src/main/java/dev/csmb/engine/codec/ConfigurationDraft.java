package dev.csmb.engine.codec;

import java.util.List;

/**
 * A configuration as a person wrote it: wire ids as strings, anything may be missing. Command lines and
 * configuration files are turned into drafts, then into a checked {@link dev.csmb.api.BuildConfiguration}
 * by {@link ConfigurationCodec#toConfiguration(ConfigurationDraft)}.
 *
 * <p>A {@code null} list means "not given" (priorities then default to the platform's); {@code null} strings
 * mean "not given". Options default to true, team size to {@code solo}, complexity to the platform's.
 */
public record ConfigurationDraft(String platform, List<String> priorities, List<String> features, String teamSize,
                                 String complexity, String projectName, String description, Boolean includeTests,
                                 Boolean includeDocumentation, Boolean includeDocker, Boolean includeCI,
                                 Boolean allowDowngrades) {
}
