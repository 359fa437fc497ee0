package dev.csmb.engine.codec;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.CatalogId;
import dev.csmb.api.GenerationOptions;
import dev.csmb.engine.escape.Escapers;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Writes a configuration as JSON or YAML, every field in wire order, two-space indents, LF line ends and a final
 * newline, so the same configuration always gives the same bytes. Text goes through {@link Escapers}, so control,
 * bidi and other invisible characters show as escapes in the file (and a lone surrogate becomes U+FFFD, as
 * everywhere in csmb).
 */
final class ConfigurationWriter {

    private ConfigurationWriter() {
    }

    static String json(BuildConfiguration c) {
        GenerationOptions o = c.options();
        return "{\n"
                + jsonField(Fields.PLATFORM, Escapers.json(c.platform()))
                + jsonField(Fields.PRIORITIES, jsonList(c.priorities()))
                + jsonField(Fields.FEATURES, jsonList(c.features()))
                + jsonField(Fields.TEAM_SIZE, Escapers.json(c.teamSize().id()))
                + jsonField(Fields.COMPLEXITY, Escapers.json(c.complexity().id()))
                + jsonField(Fields.PROJECT_NAME, Escapers.json(c.projectName()))
                + jsonField(Fields.DESCRIPTION, Escapers.json(c.description()))
                + "  \"" + Fields.OPTIONS + "\": {\n"
                + "    \"" + Fields.INCLUDE_TESTS + "\": " + o.includeTests() + ",\n"
                + "    \"" + Fields.INCLUDE_DOCUMENTATION + "\": " + o.includeDocumentation() + ",\n"
                + "    \"" + Fields.INCLUDE_DOCKER + "\": " + o.includeDocker() + ",\n"
                + "    \"" + Fields.INCLUDE_CI + "\": " + o.includeCI() + "\n"
                + "  },\n"
                + "  \"" + Fields.ALLOW_DOWNGRADES + "\": " + c.allowDowngrades() + "\n"
                + "}\n";
    }

    static String yaml(BuildConfiguration c) {
        GenerationOptions o = c.options();
        return Fields.PLATFORM + ": " + Escapers.yaml(c.platform()) + "\n"
                + Fields.PRIORITIES + ":" + yamlList(c.priorities())
                + Fields.FEATURES + ":" + yamlList(c.features())
                + Fields.TEAM_SIZE + ": " + c.teamSize().id() + "\n"
                + Fields.COMPLEXITY + ": " + c.complexity().id() + "\n"
                + Fields.PROJECT_NAME + ": " + Escapers.yaml(c.projectName()) + "\n"
                + Fields.DESCRIPTION + ": " + Escapers.yaml(c.description()) + "\n"
                + Fields.OPTIONS + ":\n"
                + "  " + Fields.INCLUDE_TESTS + ": " + o.includeTests() + "\n"
                + "  " + Fields.INCLUDE_DOCUMENTATION + ": " + o.includeDocumentation() + "\n"
                + "  " + Fields.INCLUDE_DOCKER + ": " + o.includeDocker() + "\n"
                + "  " + Fields.INCLUDE_CI + ": " + o.includeCI() + "\n"
                + Fields.ALLOW_DOWNGRADES + ": " + c.allowDowngrades() + "\n";
    }

    private static String jsonField(String name, String value) {
        return "  \"" + name + "\": " + value + ",\n";
    }

    private static String jsonList(Collection<? extends CatalogId> values) {
        return values.stream().map(v -> Escapers.json(v.id())).collect(Collectors.joining(", ", "[", "]"));
    }

    /** Catalog ids are lower-case words joined by hyphens: plain YAML scalars that read back as strings. */
    private static String yamlList(Collection<? extends CatalogId> values) {
        return values.isEmpty() ? " []\n"
                : values.stream().map(v -> "  - " + v.id() + "\n").collect(Collectors.joining("", "\n", ""));
    }
}
