package dev.csmb.integrations.schema;

import java.util.Objects;

/**
 * A field that exists under the expected name but with another type.
 *
 * @param field    the expected field
 * @param expected the service's type the field should have
 * @param actual   the service's type it has
 */
public record FieldMismatch(SessionField field, String expected, String actual) {

    public FieldMismatch {
        Objects.requireNonNull(field, "field must not be null");
        Objects.requireNonNull(expected, "expected must not be null");
        Objects.requireNonNull(actual, "actual must not be null");
    }

    @Override
    public String toString() {
        return field.name() + ": is " + actual + ", expected " + expected;
    }
}
