package dev.csmb.integrations.http;

import java.net.http.HttpHeaders;
import java.time.Duration;

/** Turns one service's error answer into a {@link ServiceException}; each service has its own error shape. */
@FunctionalInterface
public interface ErrorDecoder {

    /**
     * @param status     the HTTP status (4xx or 5xx)
     * @param body       the answer's body, {@code ""} when empty
     * @param headers    the answer's headers
     * @param retryAfter the parsed {@code Retry-After}, {@code null} when absent or unreadable
     */
    ServiceException decode(int status, String body, HttpHeaders headers, Duration retryAfter);
}
