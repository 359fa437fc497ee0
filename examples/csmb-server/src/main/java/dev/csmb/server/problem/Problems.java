package dev.csmb.server.problem;

import dev.csmb.server.api.ViolationView;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem bodies, each naming the request field at fault and a stable code. */
public final class Problems {

    private Problems() {
    }

    /**
     * A problem with a {@code field} and {@code code} member.
     *
     * @param code also the last part of the problem type, {@code urn:csmb:problem:<code>}
     */
    public static ProblemDetail of(HttpStatus status, String field, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:csmb:problem:" + code));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("field", field);
        problem.setProperty("code", code);
        return problem;
    }

    /** A problem listing every violation; its field and code are the first error's. */
    public static ProblemDetail invalid(List<ViolationView> violations) {
        ViolationView first = violations.stream().filter(v -> v.severity().equals("error")).findFirst()
                .orElse(violations.get(0));
        String more = violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : "";
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, first.field(), first.code(),
                first.field() + ": " + first.message() + more);
        problem.setType(URI.create("urn:csmb:problem:invalid-configuration"));
        problem.setProperty("violations", violations);
        return problem;
    }
}
