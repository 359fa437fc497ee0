package dev.csmb.server.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.csmb.server.ServerProperties;
import dev.csmb.server.problem.ProblemWriter;
import dev.csmb.server.problem.Problems;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-client limits on {@code /api/**} with Bucket4j: each client address gets the configured number of requests
 * per window; the next one is answered 429 with {@code Retry-After} (seconds until a request is allowed again).
 * Behind a proxy, set {@code server.forward-headers-strategy} so the client's address is the real one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RateLimitFilter extends OncePerRequestFilter {

    private static final int MAX_CLIENTS = 100_000;

    private final ServerProperties.RateLimit limit;
    private final ProblemWriter problems;
    private final Cache<String, Bucket> buckets;

    RateLimitFilter(ServerProperties properties, ProblemWriter problems) {
        this.limit = properties.rateLimit();
        this.problems = problems;
        // A client idle for a whole window has a full bucket again, so forgetting it then changes nothing.
        this.buckets = Caffeine.newBuilder().maximumSize(MAX_CLIENTS).expireAfterAccess(limit.window()).build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Bucket bucket = buckets.get(request.getRemoteAddr(), key -> newBucket());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            response.setHeader("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds()
                + (probe.getNanosToWaitForRefill() % 1_000_000_000L == 0 ? 0 : 1));
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        problems.write(response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "client", "rate-limited",
                "more than " + limit.requests() + " requests in " + limit.window().toSeconds()
                        + " s from this address; try again in " + seconds + " s"));
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(limit.requests())
                .refillIntervally(limit.requests(), limit.window()).build()).build();
    }
}
