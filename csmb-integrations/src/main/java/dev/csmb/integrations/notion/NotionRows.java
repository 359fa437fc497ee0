package dev.csmb.integrations.notion;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.csmb.integrations.schema.SampleSession;
import dev.csmb.integrations.schema.SessionField;
import dev.csmb.integrations.schema.SessionSchema;
import java.util.List;

/** Page property values for the sample row, in Notion's page-property-value shapes. */
final class NotionRows {

    private NotionRows() {
    }

    static ObjectNode sample(SessionSchema schema) {
        ObjectNode properties = JsonNodeFactory.instance.objectNode();
        for (SessionField field : schema.fields()) {
            SampleSession.value(field).ifPresent(value -> put(properties, field, value));
        }
        return properties;
    }

    private static void put(ObjectNode properties, SessionField field, Object value) {
        switch (field.kind()) {
            case TITLE -> properties.putObject(field.name()).set("title", NotionText.richText((String) value));
            case TEXT, LONG_TEXT -> properties.putObject(field.name())
                    .set("rich_text", NotionText.richText((String) value));
            case NUMBER, DURATION -> properties.putObject(field.name()).put("number", (Integer) value);
            case SELECT -> properties.putObject(field.name()).putObject("select").put("name", (String) value);
            case MULTI_SELECT -> {
                var options = properties.putObject(field.name()).putArray("multi_select");
                ((List<?>) value).forEach(option -> options.addObject().put("name", (String) option));
            }
            case DATE -> properties.putObject(field.name()).putObject("date").put("start", (String) value);
            case CREATED_TIME, LAST_EDITED_TIME -> {
                // Notion sets these itself; they cannot be written
            }
        }
    }
}
