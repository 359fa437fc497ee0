package dev.csmb.integrations.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * One call to a service's JSON API.
 *
 * @param method     {@code GET}, {@code POST} or {@code PATCH}
 * @param path       the path and query below the base URI, starting with {@code /}
 * @param body       the JSON body, when there is one
 * @param kind       whether the call may be repeated safely
 * @param limiterKey the rate-limit bucket: one per integration for Notion, one per base for Airtable
 */
public record ApiRequest(String method, String path, Optional<JsonNode> body, Kind kind, String limiterKey) {

    /** Whether a call may be repeated after an unclear failure. */
    public enum Kind {
        /** Reads and idempotent writes: retried on 429, 5xx, timeouts and dropped connections. */
        IDEMPOTENT,
        /**
         * Creates something: retried only when the service surely did nothing (429, no connection); otherwise an
         * {@link AmbiguousResultException}, so the caller can look before creating again.
         */
        CREATE
    }

    public ApiRequest {
        Objects.requireNonNull(method, "method must not be null");
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(body, "body must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(limiterKey, "limiterKey must not be null");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/': " + path);
        }
    }

    /** A GET. */
    public static ApiRequest get(String path, String limiterKey) {
        return new ApiRequest("GET", path, Optional.empty(), Kind.IDEMPOTENT, limiterKey);
    }

    /** A POST that only reads or searches. */
    public static ApiRequest query(String path, JsonNode body, String limiterKey) {
        return new ApiRequest("POST", path, Optional.of(body), Kind.IDEMPOTENT, limiterKey);
    }

    /** A POST that creates something. */
    public static ApiRequest create(String path, JsonNode body, String limiterKey) {
        return new ApiRequest("POST", path, Optional.of(body), Kind.CREATE, limiterKey);
    }

    /** A PATCH that sets values, safe to repeat. */
    public static ApiRequest patch(String path, JsonNode body, String limiterKey) {
        return new ApiRequest("PATCH", path, Optional.of(body), Kind.IDEMPOTENT, limiterKey);
    }
}
