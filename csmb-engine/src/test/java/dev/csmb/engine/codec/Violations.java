package dev.csmb.engine.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.csmb.api.InvalidInputException;
import dev.csmb.api.Violation;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Runs code that must reject its input, and returns the violations it reported. */
final class Violations {

    private Violations() {
    }

    /** The violations of the {@link InvalidInputException} {@code call} throws; fails if it throws none. */
    static List<Violation> of(ThrowingCallable call) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, call);
        assertThat(e).as("expected an InvalidInputException").isNotNull();
        List<Violation> violations = e.result().violations();
        assertThat(violations).isNotEmpty().allSatisfy(v -> {
            assertThat(v.isError()).isTrue();
            assertThat(v.message()).isNotBlank().doesNotContain("\n", "Exception", "at com.", "at org.", "\tat ");
        });
        return violations;
    }

    /** The single violation {@code call} reports; fails if there are more. */
    static Violation single(ThrowingCallable call) {
        List<Violation> violations = of(call);
        assertThat(violations).as("violations: %s", violations).hasSize(1);
        return violations.get(0);
    }
}
