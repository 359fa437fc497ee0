package dev.csmb.api;

import java.util.Objects;

/**
 * One problem found in a configuration: where it is, a stable code, how serious, and what to do.
 *
 * @param field    the path of the offending field, for example {@code "features[2]"}; {@code ""} for the whole
 * @param code     a stable machine-readable code, for example {@code "size"} or {@code "unsupported-feature"}
 * @param severity whether it stops generation
 * @param message  a sentence a person understands, naming the rule
 */
@Stable
public record Violation(String field, String code, Severity severity, String message) {

    public Violation {
        Objects.requireNonNull(field, "field must not be null");
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(severity, "severity must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }

    /** An error on {@code field}. */
    public static Violation error(String field, String code, String message) {
        return new Violation(field, code, Severity.ERROR, message);
    }

    /** A warning on {@code field}. */
    public static Violation warning(String field, String code, String message) {
        return new Violation(field, code, Severity.WARNING, message);
    }

    /** Whether this violation stops generation. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return (field.isEmpty() ? "" : field + ": ") + message + " [" + code + "]";
    }
}
