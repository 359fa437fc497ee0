package dev.csmb.server.problem;

import dev.csmb.api.DefinitionException;
import dev.csmb.api.InvalidInputException;
import dev.csmb.integrations.http.IntegrationException;
import dev.csmb.integrations.http.ServiceException;
import dev.csmb.server.api.NotFoundException;
import dev.csmb.server.api.ViolationView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns exceptions into problem bodies. Bad input names its field; a broken plugin is a 500 whose details stay in
 * the log; a refusal from Notion or Airtable keeps its status class (429 with {@code Retry-After}, 502 otherwise).
 */
// Before Boot's own problem-details advice, so the handlers here decide the bodies.
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return Problems.invalid(ViolationView.of(e.result().violations()));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, e.field(), "not-found", e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "body", "unreadable", "the request body is not valid JSON of "
                + "the expected shape");
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ProblemDetail missingHeader(MissingRequestHeaderException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, e.getHeaderName(), "required", "the "
                + e.getHeaderName() + " header is required");
    }

    @ExceptionHandler(ServiceException.class)
    ResponseEntity<ProblemDetail> service(ServiceException e) {
        if (e.status() == 429) {
            ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "token", "service-rate-limited",
                    e.getMessage());
            long seconds = e.retryAfter().map(d -> Math.max(1, d.toSeconds())).orElse(60L);
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).body(problem);
        }
        if (e.status() == 401 || e.status() == 403) {
            return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "Authorization",
                    "service-refused-token", e.getMessage()));
        }
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(Problems.of(HttpStatus.BAD_GATEWAY,
                e.isInputProblem() ? "body" : "service", "service-error", e.getMessage()));
    }

    @ExceptionHandler(IntegrationException.class)
    ResponseEntity<ProblemDetail> integration(IntegrationException e) {
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(Problems.of(HttpStatus.BAD_GATEWAY, "service",
                "service-unreachable", e.getMessage()));
    }

    @ExceptionHandler(DefinitionException.class)
    ProblemDetail definition(DefinitionException e) {
        LOG.error("a platform generator or template is broken", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "platform", "definition",
                "the platform's generator failed; the server log has the details");
    }
}
