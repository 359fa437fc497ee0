package dev.csmb.integrations.airtable;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.csmb.integrations.schema.SampleSession;
import dev.csmb.integrations.schema.SessionField;
import dev.csmb.integrations.schema.SessionSchema;
import java.util.List;

/** Record field values for the sample row, in Airtable's cell value shapes. */
final class AirtableRecords {

    private AirtableRecords() {
    }

    static ObjectNode sample(SessionSchema schema) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        for (SessionField field : schema.fields()) {
            SampleSession.value(field).ifPresent(value -> {
                if (value instanceof Integer number) {
                    fields.put(field.name(), number);
                } else if (value instanceof List<?> list) {
                    var array = fields.putArray(field.name());
                    list.forEach(item -> array.add((String) item));
                } else {
                    fields.put(field.name(), (String) value);
                }
            });
        }
        return fields;
    }
}
