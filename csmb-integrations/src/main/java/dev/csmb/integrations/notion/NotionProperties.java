package dev.csmb.integrations.notion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.csmb.integrations.schema.FieldKind;
import dev.csmb.integrations.schema.FieldMismatch;
import dev.csmb.integrations.schema.SchemaDrift;
import dev.csmb.integrations.schema.SessionField;
import dev.csmb.integrations.schema.SessionSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The schema as Notion data source properties (the {@code properties} of {@code initial_data_source} and of
 * {@code PATCH /v1/data_sources/{id}}), and the comparison of a data source's properties with it. Selects are
 * Notion {@code select}s: the API cannot create {@code status} properties with options.
 */
final class NotionProperties {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private NotionProperties() {
    }

    /** The Notion property type a field is created with. */
    static String type(FieldKind kind) {
        return switch (kind) {
            case TITLE -> "title";
            case TEXT, LONG_TEXT -> "rich_text";
            case NUMBER, DURATION -> "number";
            case SELECT -> "select";
            case MULTI_SELECT -> "multi_select";
            case DATE -> "date";
            case CREATED_TIME -> "created_time";
            case LAST_EDITED_TIME -> "last_edited_time";
        };
    }

    /** Types an existing property may have and still serve the field. */
    private static Set<String> accepted(FieldKind kind) {
        return switch (kind) {
            case SELECT -> Set.of("select", "status");
            case CREATED_TIME -> Set.of("created_time", "date");
            case LAST_EDITED_TIME -> Set.of("last_edited_time", "date");
            default -> Set.of(type(kind));
        };
    }

    /** The {@code properties} object for these fields. */
    static ObjectNode of(List<SessionField> fields) {
        ObjectNode properties = NODES.objectNode();
        for (SessionField field : fields) {
            properties.set(field.name(), property(field));
        }
        return properties;
    }

    private static ObjectNode property(SessionField field) {
        ObjectNode property = NODES.objectNode();
        ObjectNode config = property.putObject(type(field.kind()));
        switch (field.kind()) {
            case NUMBER, DURATION -> config.put("format", "number");
            case SELECT, MULTI_SELECT -> {
                var options = config.putArray("options");
                field.options().forEach(option -> options.addObject().put("name", option));
            }
            default -> {
                // title, rich_text, date and the time properties take an empty configuration
            }
        }
        // Only the documented type configuration: Notion rejects members it does not know.
        return property;
    }

    /**
     * Compares a data source's {@code properties} with the schema. The title matches the data source's one title
     * property whatever its name; other fields match by name, ignoring case.
     */
    static SchemaDrift drift(SessionSchema schema, JsonNode properties) {
        List<SessionField> missing = new ArrayList<>();
        List<FieldMismatch> wrong = new ArrayList<>();
        for (SessionField field : schema.fields()) {
            if (field.kind() == FieldKind.TITLE) {
                continue;
            }
            JsonNode existing = find(properties, field.name());
            if (existing == null) {
                missing.add(field);
            } else {
                String actual = existing.path("type").asText("");
                if (!accepted(field.kind()).contains(actual)) {
                    wrong.add(new FieldMismatch(field, type(field.kind()), actual));
                }
            }
        }
        return new SchemaDrift(missing, wrong);
    }

    private static JsonNode find(JsonNode properties, String name) {
        for (Map.Entry<String, JsonNode> entry : properties.properties()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return null;
    }
}
