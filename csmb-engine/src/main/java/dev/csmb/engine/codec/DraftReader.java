package dev.csmb.engine.codec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a parsed configuration tree into a {@link ConfigurationDraft}, checking only shape: known field names
 * and the type of each value. Ids are checked later, by {@link DraftResolver}. An explicit {@code null} counts
 * as not given; a value of the wrong type is reported and left out of the draft.
 */
final class DraftReader {

    private final ConfigurationFormat format;
    private final Problems problems;

    private DraftReader(ConfigurationFormat format, Problems problems) {
        this.format = format;
        this.problems = problems;
    }

    /** The draft in {@code root}; shape problems go to {@code problems}. */
    static ConfigurationDraft read(JsonNode root, ConfigurationFormat format, Problems problems) {
        return new DraftReader(format, problems).read(root);
    }

    private ConfigurationDraft read(JsonNode root) {
        if (root.isMissingNode() || root.isNull()) {
            problems.add(Fields.FILE, Fields.EMPTY, "holds no configuration; expected an object with the fields "
                    + String.join(", ", Fields.TOP_LEVEL));
            return ConfigurationDraft.empty();
        }
        if (!root.isObject()) {
            problems.add(Fields.FILE, Fields.TYPE, "must be an object with the fields "
                    + String.join(", ", Fields.TOP_LEVEL) + "; found " + JsonKinds.of(root));
            return ConfigurationDraft.empty();
        }
        rejectUnknownFields(root, "", Fields.TOP_LEVEL);
        JsonNode options = object(root.get(Fields.OPTIONS), Fields.OPTIONS);
        return new ConfigurationDraft(text(root, Fields.PLATFORM), list(root, Fields.PRIORITIES, "priority"),
                list(root, Fields.FEATURES, "feature"), text(root, Fields.TEAM_SIZE), text(root, Fields.COMPLEXITY),
                text(root, Fields.PROJECT_NAME), text(root, Fields.DESCRIPTION),
                option(options, Fields.INCLUDE_TESTS), option(options, Fields.INCLUDE_DOCUMENTATION),
                option(options, Fields.INCLUDE_DOCKER), option(options, Fields.INCLUDE_CI),
                bool(root.get(Fields.ALLOW_DOWNGRADES), Fields.ALLOW_DOWNGRADES), settings(root.get(Fields.SETTINGS)),
                text(root, Fields.SESSION_SINK));
    }

    /** {@code settings: {mode: webhook}}: names to string values; a value of another type is reported and left out. */
    private Map<String, String> settings(JsonNode node) {
        if (absent(node)) {
            return null;
        }
        if (!node.isObject()) {
            problems.add(Fields.SETTINGS, Fields.TYPE, "must be an object of platform setting names to values, for "
                    + "example {\"mode\": \"webhook\"}; found " + JsonKinds.of(node));
            return null;
        }
        Map<String, String> settings = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.isEmpty()) {
                problems.add(Fields.SETTINGS, Fields.UNKNOWN_FIELD, "has a setting with an empty name");
            } else if (absent(value)) {
                continue;
            } else if (!value.isTextual()) {
                problems.add(Fields.setting(name), Fields.TYPE, "must be a setting value (a string); found "
                        + JsonKinds.of(value) + yamlQuoteHint(value));
            } else {
                settings.put(name, value.textValue());
            }
        }
        return settings;
    }

    private void rejectUnknownFields(JsonNode object, String prefix, List<String> known) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            String knownFields = "known fields" + (prefix.isEmpty() ? "" : " of " + Fields.OPTIONS) + ": "
                    + String.join(", ", known);
            if (name.isEmpty()) {
                problems.add(prefix.isEmpty() ? Fields.FILE : Fields.OPTIONS, Fields.UNKNOWN_FIELD,
                        "has a field with an empty name; " + knownFields);
            } else if (!known.contains(name)) {
                problems.add(prefix + MessageText.fieldName(name), Fields.UNKNOWN_FIELD, "is not a known field"
                        + Suggestions.hint(name, known) + "; " + knownFields);
            }
        }
    }

    private String text(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (absent(node)) {
            return null;
        }
        if (!node.isTextual()) {
            problems.add(field, Fields.TYPE, "must be a string; found " + JsonKinds.of(node) + yamlQuoteHint(node));
            return null;
        }
        return node.textValue();
    }

    private List<String> list(JsonNode parent, String field, String what) {
        JsonNode node = parent.get(field);
        if (absent(node)) {
            return null;
        }
        if (!node.isArray()) {
            problems.add(field, Fields.TYPE, "must be a list of " + what + " ids, for example [\"" + example(field)
                    + "\"]; found " + JsonKinds.of(node));
            return null;
        }
        List<String> values = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode entry = node.get(i);
            if (entry.isTextual()) {
                values.add(entry.textValue());
            } else {
                problems.add(Fields.entry(field, i), Fields.TYPE, "must be a " + what + " id (a string); found "
                        + JsonKinds.of(entry) + yamlQuoteHint(entry));
                values.add(null);
            }
        }
        return values;
    }

    private JsonNode object(JsonNode node, String field) {
        if (absent(node)) {
            return null;
        }
        if (!node.isObject()) {
            problems.add(field, Fields.TYPE, "must be an object with the fields "
                    + String.join(", ", Fields.OPTION_FIELDS) + " (each true or false); found " + JsonKinds.of(node));
            return null;
        }
        rejectUnknownFields(node, Fields.OPTIONS + ".", Fields.OPTION_FIELDS);
        return node;
    }

    private Boolean option(JsonNode options, String name) {
        return options == null ? null : bool(options.get(name), Fields.option(name));
    }

    private Boolean bool(JsonNode node, String field) {
        if (absent(node)) {
            return null;
        }
        if (!node.isBoolean()) {
            problems.add(field, Fields.TYPE, "must be true or false; found " + JsonKinds.of(node));
            return null;
        }
        return node.booleanValue();
    }

    private String yamlQuoteHint(JsonNode node) {
        boolean scalar = node.isNumber() || node.isBoolean();
        return format == ConfigurationFormat.YAML && scalar ? " (in YAML, put the value in quotes)" : "";
    }

    private static String example(String field) {
        return Fields.PRIORITIES.equals(field) ? "session-management" : "custom-commands";
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }
}
