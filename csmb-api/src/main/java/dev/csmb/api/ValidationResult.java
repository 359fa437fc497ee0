package dev.csmb.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The outcome of validating a configuration: its violations, ordered by field, errors before warnings.
 *
 * @param violations every problem found; empty when the configuration is fine
 */
@Stable
public record ValidationResult(List<Violation> violations) {

    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::severity)
            .thenComparing(Violation::field)
            .thenComparing(Violation::code)
            .thenComparing(Violation::message);

    public ValidationResult {
        Objects.requireNonNull(violations, "violations must not be null");
        List<Violation> sorted = new ArrayList<>(violations);
        sorted.sort(ORDER);
        violations = List.copyOf(sorted);
    }

    /** A result with no violations. */
    public static ValidationResult ok() {
        return new ValidationResult(List.of());
    }

    /** A result holding these violations. */
    public static ValidationResult of(List<Violation> violations) {
        return new ValidationResult(violations);
    }

    /** True when nothing stops generation (warnings allowed). */
    public boolean isValid() {
        return violations.stream().noneMatch(Violation::isError);
    }

    /** The errors only. */
    public List<Violation> errors() {
        return violations.stream().filter(Violation::isError).collect(Collectors.toUnmodifiableList());
    }

    /** The warnings only. */
    public List<Violation> warnings() {
        return violations.stream().filter(v -> !v.isError()).collect(Collectors.toUnmodifiableList());
    }

    /** This result with the other's violations added. */
    public ValidationResult merge(ValidationResult other) {
        List<Violation> all = new ArrayList<>(violations);
        all.addAll(other.violations);
        return new ValidationResult(all);
    }

    /** One line per violation, for people. */
    public String describe() {
        return violations.stream().map(v -> v.severity().name().toLowerCase(java.util.Locale.ROOT) + ": " + v)
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
