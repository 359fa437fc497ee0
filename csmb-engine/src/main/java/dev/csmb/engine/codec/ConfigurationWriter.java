package dev.csmb.engine.codec;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.CatalogId;
import dev.csmb.api.GenerationOptions;
import dev.csmb.api.SessionSink;
import dev.csmb.engine.escape.Escapers;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a configuration as JSON or YAML, every field in wire order ({@code sessionSink} only when it is not
 * {@code none}, {@code settings} last and only when there are any), two-space indents, LF line ends and a final
 * newline, so the same configuration always gives the same bytes. Text goes through {@link Escapers}, so control,
 * bidi and other invisible characters show as escapes in the file (and a lone surrogate becomes U+FFFD, as
 * everywhere in csmb).
 */
final class ConfigurationWriter {

    private static final Pattern PLAIN_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Set<String> YAML_WORDS = Set.of("y", "n", "yes", "no", "on", "off", "true", "false",
            "null");

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
                + "  \"" + Fields.ALLOW_DOWNGRADES + "\": " + c.allowDowngrades() + jsonSink(c.sessionSink())
                + jsonSettings(c.settings()) + "\n"
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
                + Fields.ALLOW_DOWNGRADES + ": " + c.allowDowngrades() + "\n"
                + (c.sessionSink() == SessionSink.NONE ? "" : Fields.SESSION_SINK + ": " + c.sessionSink().id() + "\n")
                + yamlSettings(c.settings());
    }

    /** The sink is written only when there is one, so a configuration without it reads as it always did. */
    private static String jsonSink(SessionSink sink) {
        return sink == SessionSink.NONE ? "" : ",\n  \"" + Fields.SESSION_SINK + "\": " + Escapers.json(sink.id());
    }

    /** Settings are written only when there are any, so a configuration without them reads as it always did. */
    private static String jsonSettings(Map<String, String> settings) {
        if (settings.isEmpty()) {
            return "";
        }
        return settings.entrySet().stream()
                .map(e -> "    " + Escapers.json(e.getKey()) + ": " + Escapers.json(e.getValue()))
                .collect(Collectors.joining(",\n", ",\n  \"" + Fields.SETTINGS + "\": {\n", "\n  }"));
    }

    private static String yamlSettings(Map<String, String> settings) {
        if (settings.isEmpty()) {
            return "";
        }
        return settings.entrySet().stream()
                .map(e -> "  " + yamlScalar(e.getKey()) + ": " + yamlScalar(e.getValue()) + "\n")
                .collect(Collectors.joining("", Fields.SETTINGS + ":\n", ""));
    }

    /** A setting's wire id as a plain scalar; anything else (or a word YAML 1.1 reads as a boolean) double-quoted. */
    private static String yamlScalar(String text) {
        return PLAIN_ID.matcher(text).matches() && !YAML_WORDS.contains(text) ? text : Escapers.yaml(text);
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
