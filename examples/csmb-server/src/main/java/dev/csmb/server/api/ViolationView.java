package dev.csmb.server.api;

import dev.csmb.api.Violation;
import java.util.List;
import java.util.Locale;

/**
 * One problem with a configuration, as JSON.
 *
 * @param field    the field's path, for example {@code projectName} or {@code priorities}
 * @param code     a stable code, for example {@code required}
 * @param severity {@code error} or {@code warning}
 * @param message  what is wrong, for people
 */
public record ViolationView(String field, String code, String severity, String message) {

    static ViolationView of(Violation violation) {
        return new ViolationView(violation.field(), violation.code(),
                violation.severity().name().toLowerCase(Locale.ROOT), violation.message());
    }

    /** The views of these violations, in order. */
    public static List<ViolationView> of(List<Violation> violations) {
        return violations.stream().map(ViolationView::of).toList();
    }
}
