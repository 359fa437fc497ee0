package dev.csmb.integrations.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How an existing database or table differs from the schema: fields it lacks, and fields with another type.
 * Extra fields are the owner's and never reported.
 *
 * @param missing   fields to add, in schema order
 * @param wrongType fields present under the name but with another type; never changed automatically
 */
public record SchemaDrift(List<SessionField> missing, List<FieldMismatch> wrongType) {

    public SchemaDrift {
        missing = List.copyOf(Objects.requireNonNull(missing, "missing must not be null"));
        wrongType = List.copyOf(Objects.requireNonNull(wrongType, "wrongType must not be null"));
    }

    /** No drift. */
    public static SchemaDrift none() {
        return new SchemaDrift(List.of(), List.of());
    }

    /** True when the table matches the schema. */
    public boolean isEmpty() {
        return missing.isEmpty() && wrongType.isEmpty();
    }

    /** One line per problem, for people: {@code missing: Summary (LONG_TEXT)} or a {@link FieldMismatch}. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        missing.forEach(f -> lines.add("missing: " + f.name() + " (" + f.kind() + ")"));
        wrongType.forEach(m -> lines.add("wrong type: " + m));
        return List.copyOf(lines);
    }
}
