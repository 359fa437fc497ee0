package dev.csmb.api;

import java.util.List;
import java.util.Objects;

/**
 * Bad input the caller can fix: an invalid configuration, an unreadable configuration file, an output
 * folder that is not empty. Carries the problems as {@link Violation}s.
 */
@Stable
public class InvalidInputException extends CsmbException {

    private static final long serialVersionUID = 1L;

    private final transient ValidationResult result;

    public InvalidInputException(ValidationResult result) {
        super(summary(Objects.requireNonNull(result, "result must not be null")));
        this.result = result;
    }

    public InvalidInputException(Violation violation) {
        this(ValidationResult.of(List.of(violation)));
    }

    /** The problems, errors first. */
    public ValidationResult result() {
        return result;
    }

    private static String summary(ValidationResult result) {
        List<Violation> errors = result.errors();
        if (errors.isEmpty()) {
            return "invalid input";
        }
        StringBuilder text = new StringBuilder();
        for (Violation v : errors) {
            text.append(text.length() == 0 ? "" : "; ").append(v.field().isEmpty() ? "" : v.field() + ": ")
                    .append(v.message());
        }
        return text.toString();
    }
}
