package dev.csmb.engine.codec;

import dev.csmb.api.InvalidInputException;
import dev.csmb.api.ValidationResult;
import dev.csmb.api.Violation;
import java.util.ArrayList;
import java.util.List;

/** The violations found while reading one configuration; thrown together as one {@link InvalidInputException}. */
final class Problems {

    private final List<Violation> violations = new ArrayList<>();

    /** Records an error on {@code field}. */
    void add(String field, String code, String message) {
        violations.add(Violation.error(field, code, message));
    }

    /** Adds the violations of {@code other}, except those on fields this one already has a problem with. */
    void addUnlessReported(Problems other) {
        List<Violation> mine = List.copyOf(violations);
        for (Violation violation : other.violations) {
            if (mine.stream().noneMatch(v -> overlaps(v.field(), violation.field()))) {
                violations.add(violation);
            }
        }
    }

    boolean isEmpty() {
        return violations.isEmpty();
    }

    /** Throws the violations, if there are any. */
    void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(ValidationResult.of(violations));
        }
    }

    /** A single violation, thrown at once. */
    static InvalidInputException of(String field, String code, String message) {
        return new InvalidInputException(Violation.error(field, code, message));
    }

    /**
     * Whether one path is the other or contains it: {@code options} contains {@code options.includeCI}, and the
     * whole file ({@value Fields#FILE}) contains every field.
     */
    private static boolean overlaps(String a, String b) {
        return a.equals(b) || a.equals(Fields.FILE) || contains(a, b) || contains(b, a);
    }

    private static boolean contains(String outer, String inner) {
        return inner.startsWith(outer) && inner.length() > outer.length()
                && (inner.charAt(outer.length()) == '.' || inner.charAt(outer.length()) == '[');
    }
}
