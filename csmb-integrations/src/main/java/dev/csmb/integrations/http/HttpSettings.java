package dev.csmb.integrations.http;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How the HTTP layer talks to one service: where, how long to wait, how fast, how often to try again.
 *
 * @param baseUri           the service's root, for example {@code https://api.notion.com}; tests point it at a
 *                          server on loopback
 * @param connectTimeout    how long to wait for a connection
 * @param requestTimeout    how long to wait for each answer
 * @param requestsPerSecond the client-side rate limit, per {@link ApiRequest#limiterKey() limiter key}
 * @param maxRetries        how many times a failed attempt is tried again
 * @param backoff           the first wait between attempts; it doubles (with jitter) up to {@code maxBackoff}
 * @param maxBackoff        the longest wait between attempts computed by backoff
 * @param waitAfter429      how long to wait after a 429 that carries no {@code Retry-After}
 * @param maxRetryAfter     the longest {@code Retry-After} honoured; a longer one ends the call with the 429
 */
public record HttpSettings(URI baseUri, Duration connectTimeout, Duration requestTimeout, int requestsPerSecond,
        int maxRetries, Duration backoff, Duration maxBackoff, Duration waitAfter429, Duration maxRetryAfter) {

    public HttpSettings {
        Objects.requireNonNull(baseUri, "baseUri must not be null");
        String scheme = baseUri.getScheme();
        if (!"https".equals(scheme) && !"http".equals(scheme) || baseUri.getHost() == null) {
            throw new IllegalArgumentException("baseUri must be an http or https URL with a host: " + baseUri);
        }
        positive(connectTimeout, "connectTimeout");
        positive(requestTimeout, "requestTimeout");
        positive(backoff, "backoff");
        positive(maxBackoff, "maxBackoff");
        if (maxBackoff.compareTo(backoff) <= 0) {
            throw new IllegalArgumentException("maxBackoff must be longer than backoff");
        }
        Objects.requireNonNull(waitAfter429, "waitAfter429 must not be null");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter must not be null");
        if (requestsPerSecond < 1) {
            throw new IllegalArgumentException("requestsPerSecond must be at least 1");
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative");
        }
    }

    private static void positive(Duration value, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    /**
     * Settings with the given rate limit and 429 wait, and defaults for the rest: 10 s to connect, 30 s per
     * answer, 4 retries, backoff from 500 ms up to 8 s, {@code Retry-After} honoured up to 2 minutes.
     */
    public static HttpSettings of(URI baseUri, int requestsPerSecond, Duration waitAfter429) {
        return new HttpSettings(baseUri, Duration.ofSeconds(10), Duration.ofSeconds(30), requestsPerSecond, 4,
                Duration.ofMillis(500), Duration.ofSeconds(8), waitAfter429, Duration.ofMinutes(2));
    }

    /** A copy talking to another root. */
    public HttpSettings withBaseUri(URI value) {
        return new HttpSettings(value, connectTimeout, requestTimeout, requestsPerSecond, maxRetries, backoff,
                maxBackoff, waitAfter429, maxRetryAfter);
    }

    /** A copy with another answer timeout. */
    public HttpSettings withRequestTimeout(Duration value) {
        return new HttpSettings(baseUri, connectTimeout, value, requestsPerSecond, maxRetries, backoff, maxBackoff,
                waitAfter429, maxRetryAfter);
    }

    /** A copy with another retry count and backoff. */
    public HttpSettings withRetries(int retries, Duration first, Duration max) {
        return new HttpSettings(baseUri, connectTimeout, requestTimeout, requestsPerSecond, retries, first, max,
                waitAfter429, maxRetryAfter);
    }

    /** A copy with another wait after a 429 without {@code Retry-After}. */
    public HttpSettings withWaitAfter429(Duration value) {
        return new HttpSettings(baseUri, connectTimeout, requestTimeout, requestsPerSecond, maxRetries, backoff,
                maxBackoff, value, maxRetryAfter);
    }
}
