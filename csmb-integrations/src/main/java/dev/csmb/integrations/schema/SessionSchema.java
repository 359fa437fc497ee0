package dev.csmb.integrations.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The "Chat Sessions" table a generated bot writes one row per session into: its name and its fields, the title
 * first. Made from a build configuration by {@link SessionSchemas#forConfiguration}.
 *
 * @param tableName the database (Notion) or table (Airtable) name
 * @param fields    the fields in order; the first is the {@link FieldKind#TITLE title}, names are unique
 */
public record SessionSchema(String tableName, List<SessionField> fields) {

    public SessionSchema {
        Objects.requireNonNull(tableName, "tableName must not be null");
        fields = List.copyOf(Objects.requireNonNull(fields, "fields must not be null"));
        if (tableName.isBlank()) {
            throw new IllegalArgumentException("tableName must not be blank");
        }
        if (fields.isEmpty() || fields.get(0).kind() != FieldKind.TITLE) {
            throw new IllegalArgumentException("the first field must be the title");
        }
        if (fields.stream().filter(f -> f.kind() == FieldKind.TITLE).count() != 1) {
            throw new IllegalArgumentException("exactly one field must be the title");
        }
        Set<String> names = new HashSet<>();
        for (SessionField field : fields) {
            if (!names.add(field.name().toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException("field names must be unique: " + field.name());
            }
        }
    }

    /** The title field. */
    public SessionField title() {
        return fields.get(0);
    }

    /** The field with this name, compared without case. */
    public Optional<SessionField> field(String name) {
        return fields.stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
    }
}
