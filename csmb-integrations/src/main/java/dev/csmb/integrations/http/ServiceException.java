package dev.csmb.integrations.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A service answered with an error: the HTTP status, the service's own error code (Notion's
 * {@code object_not_found}, Airtable's {@code INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND}), its message, and the
 * request id when the service sent one (quote it to the service's support).
 */
public final class ServiceException extends IntegrationException {

    private static final long serialVersionUID = 1L;

    private final String service;
    private final int status;
    private final String code;
    private final String serviceMessage;
    private final String requestId;
    private final transient Duration retryAfter;

    /**
     * @param service        the service's name, for example {@code "Notion"}
     * @param status         the HTTP status
     * @param code           the service's error code, {@code ""} when it sent none
     * @param serviceMessage the service's message, {@code ""} when it sent none
     * @param requestId      the request id, {@code ""} when the service sent none
     */
    public ServiceException(String service, int status, String code, String serviceMessage, String requestId) {
        this(service, status, code, serviceMessage, requestId, null);
    }

    /**
     * As {@link #ServiceException(String, int, String, String, String)}, with how long the service asked to wait
     * before trying again ({@code null} when it did not say).
     */
    public ServiceException(String service, int status, String code, String serviceMessage, String requestId,
            Duration retryAfter) {
        super(describe(service, status, code, serviceMessage, requestId));
        this.service = Objects.requireNonNull(service, "service must not be null");
        this.status = status;
        this.code = Objects.requireNonNull(code, "code must not be null");
        this.serviceMessage = Objects.requireNonNull(serviceMessage, "serviceMessage must not be null");
        this.requestId = Objects.requireNonNull(requestId, "requestId must not be null");
        this.retryAfter = retryAfter;
    }

    private static String describe(String service, int status, String code, String message, String requestId) {
        StringBuilder text = new StringBuilder(service).append(" answered ").append(status);
        if (!code.isEmpty()) {
            text.append(' ').append(code);
        }
        if (!message.isEmpty()) {
            text.append(": ").append(message);
        }
        String hint = hint(service, status, code);
        if (!hint.isEmpty()) {
            text.append(message.isEmpty() ? ": " : " (").append(hint).append(message.isEmpty() ? "" : ")");
        }
        if (!requestId.isEmpty()) {
            text.append(" [request id ").append(requestId).append(']');
        }
        return text.toString();
    }

    private static String hint(String service, int status, String code) {
        if (status == 401) {
            return "check the " + service + " token";
        }
        if ("object_not_found".equals(code)) {
            return "share the page with the integration (page menu, Connections)";
        }
        if (status == 403) {
            return "the token lacks access or a scope";
        }
        return "";
    }

    /** The service's name, for example {@code "Airtable"}. */
    public String service() {
        return service;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The service's error code, {@code ""} when it sent none. */
    public String code() {
        return code;
    }

    /** The service's own message, {@code ""} when it sent none. */
    public String serviceMessage() {
        return serviceMessage;
    }

    /** The service's request id, when it sent one. */
    public Optional<String> requestId() {
        return requestId.isEmpty() ? Optional.empty() : Optional.of(requestId);
    }

    /** How long the service asked to wait before trying again ({@code Retry-After}), when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** True for 429 and 5xx, which may pass when tried again later. */
    public boolean isTransient() {
        return status == 429 || status >= 500;
    }

    /**
     * True when the caller can fix the cause: a bad or missing token, no access, an unknown or unshared id, a
     * request the service found invalid (4xx other than 429).
     */
    public boolean isInputProblem() {
        return status >= 400 && status < 500 && status != 429;
    }
}
