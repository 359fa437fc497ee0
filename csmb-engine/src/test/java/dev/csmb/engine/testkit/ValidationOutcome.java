package dev.csmb.engine.testkit;

import dev.csmb.api.Severity;
import dev.csmb.api.ValidationResult;
import dev.csmb.api.Violation;

/** Assertions on a validation result, naming the field and the stable code. */
public final class ValidationOutcome {

    private final ValidationResult result;

    ValidationOutcome(ValidationResult result) {
        this.result = result;
    }

    /** The raw result. */
    public ValidationResult result() {
        return result;
    }

    /** Asserts there are no errors (warnings allowed). */
    public ValidationOutcome isValid() {
        if (!result.isValid()) {
            throw new AssertionError("expected no errors, but:\n" + result.describe());
        }
        return this;
    }

    /** Asserts an error on {@code field} with {@code code}. */
    public ValidationOutcome hasError(String field, String code) {
        return has(Severity.ERROR, field, code);
    }

    /** Asserts a warning on {@code field} with {@code code}. */
    public ValidationOutcome hasWarning(String field, String code) {
        return has(Severity.WARNING, field, code);
    }

    /** Asserts the violation's message on {@code field} contains {@code text}. */
    public ValidationOutcome messageContains(String field, String text) {
        boolean found = result.violations().stream()
                .anyMatch(v -> v.field().equals(field) && v.message().contains(text));
        if (!found) {
            throw new AssertionError("expected a message on '" + field + "' containing '" + text + "', but:\n"
                    + result.describe());
        }
        return this;
    }

    private ValidationOutcome has(Severity severity, String field, String code) {
        for (Violation v : result.violations()) {
            if (v.severity() == severity && v.field().equals(field) && v.code().equals(code)) {
                return this;
            }
        }
        throw new AssertionError("expected " + severity + " " + field + " [" + code + "], but got:\n"
                + (result.violations().isEmpty() ? "(no violations)" : result.describe()));
    }
}
