package dev.csmb.integrations.airtable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.csmb.integrations.schema.FieldKind;
import dev.csmb.integrations.schema.FieldMismatch;
import dev.csmb.integrations.schema.SchemaDrift;
import dev.csmb.integrations.schema.SessionField;
import dev.csmb.integrations.schema.SessionSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The schema as Airtable field definitions, and the comparison of a table's fields with it. Airtable's API cannot
 * create {@code createdTime} or {@code lastModifiedTime} fields, so the session times are {@code dateTime} fields
 * the bot writes (a table made by hand may use the computed types instead; both are accepted).
 */
final class AirtableFields {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AirtableFields() {
    }

    /** The Airtable field type a field is created with. */
    static String type(FieldKind kind) {
        return switch (kind) {
            case TITLE, TEXT -> "singleLineText";
            case LONG_TEXT -> "multilineText";
            case NUMBER -> "number";
            case DURATION -> "duration";
            case SELECT -> "singleSelect";
            case MULTI_SELECT -> "multipleSelects";
            case DATE -> "date";
            case CREATED_TIME, LAST_EDITED_TIME -> "dateTime";
        };
    }

    private static Set<String> accepted(FieldKind kind) {
        return switch (kind) {
            case TITLE -> Set.of("singleLineText", "multilineText", "autoNumber", "formula");
            case TEXT -> Set.of("singleLineText", "multilineText", "richText");
            case LONG_TEXT -> Set.of("multilineText", "richText", "singleLineText");
            case DURATION -> Set.of("duration", "number");
            case DATE -> Set.of("date", "dateTime");
            case CREATED_TIME -> Set.of("dateTime", "createdTime");
            case LAST_EDITED_TIME -> Set.of("dateTime", "lastModifiedTime");
            default -> Set.of(type(kind));
        };
    }

    /** The field definitions, the title first (Airtable makes the first field the primary one). */
    static ArrayNode of(List<SessionField> fields) {
        ArrayNode array = NODES.arrayNode();
        fields.forEach(field -> array.add(field(field)));
        return array;
    }

    /** One field definition, as {@code POST …/fields} and the {@code fields} of a table take it. */
    static ObjectNode field(SessionField field) {
        ObjectNode node = NODES.objectNode().put("name", field.name()).put("type", type(field.kind()));
        if (!field.description().isEmpty()) {
            node.put("description", field.description());
        }
        switch (field.kind()) {
            case NUMBER -> node.putObject("options").put("precision", 0);
            case DURATION -> node.putObject("options").put("durationFormat", "h:mm:ss");
            case SELECT, MULTI_SELECT -> {
                ArrayNode choices = node.putObject("options").putArray("choices");
                field.options().forEach(option -> choices.addObject().put("name", option));
            }
            case DATE -> node.putObject("options").putObject("dateFormat").put("name", "iso");
            case CREATED_TIME, LAST_EDITED_TIME -> {
                ObjectNode options = node.putObject("options");
                options.putObject("dateFormat").put("name", "iso");
                options.putObject("timeFormat").put("name", "24hour");
                options.put("timeZone", "utc");
            }
            default -> {
                // text fields take no options
            }
        }
        return node;
    }

    /** Compares a table's {@code fields} array with the schema; the title matches the primary field. */
    static SchemaDrift drift(SessionSchema schema, JsonNode table) {
        List<SessionField> missing = new ArrayList<>();
        List<FieldMismatch> wrong = new ArrayList<>();
        String primaryId = table.path("primaryFieldId").asText("");
        for (SessionField field : schema.fields()) {
            JsonNode existing = field.kind() == FieldKind.TITLE ? byId(table, primaryId) : byName(table, field.name());
            if (existing == null) {
                missing.add(field);
            } else if (!accepted(field.kind()).contains(existing.path("type").asText(""))) {
                wrong.add(new FieldMismatch(field, type(field.kind()), existing.path("type").asText("")));
            }
        }
        return new SchemaDrift(missing, wrong);
    }

    private static JsonNode byId(JsonNode table, String id) {
        for (JsonNode field : table.path("fields")) {
            if (field.path("id").asText().equals(id)) {
                return field;
            }
        }
        JsonNode fields = table.path("fields");
        return fields.size() > 0 ? fields.get(0) : null;
    }

    private static JsonNode byName(JsonNode table, String name) {
        for (JsonNode field : table.path("fields")) {
            if (field.path("name").asText().equalsIgnoreCase(name)) {
                return field;
            }
        }
        return null;
    }
}
