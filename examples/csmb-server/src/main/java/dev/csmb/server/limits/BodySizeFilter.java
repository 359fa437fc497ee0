package dev.csmb.server.limits;

import dev.csmb.server.ServerProperties;
import dev.csmb.server.problem.ProblemWriter;
import dev.csmb.server.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the configured size with 413 before reading them: by {@code Content-Length} when
 * the client sends one, otherwise by reading at most one byte past the limit ({@link BufferedRequest}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class BodySizeFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final ProblemWriter problems;

    BodySizeFilter(ServerProperties properties, ProblemWriter problems) {
        this.maxBytes = properties.maxBodySize();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            // The connection is closed after the answer, so the rest of the body is never read.
            response.setHeader("Connection", "close");
            problems.write(response, tooLarge(maxBytes));
            return;
        }
        if (request.getContentLengthLong() < 0 && hasBody(request)) {
            // No length given (chunked): read up to one byte past the limit, then answer or pass the bytes on.
            byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                response.setHeader("Connection", "close");
                problems.write(response, tooLarge(maxBytes));
                return;
            }
            chain.doFilter(new BufferedRequest(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getHeader("Transfer-Encoding") != null;
    }

    static ProblemDetail tooLarge(long maxBytes) {
        return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "body", "too-large",
                "the request body is larger than " + maxBytes + " bytes; a configuration is a few hundred bytes");
    }
}
