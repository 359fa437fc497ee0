package dev.csmb.integrations.http;

/**
 * A create request whose outcome is unknown: the connection dropped, the answer came too late, or the service
 * failed with a 5xx after it may have acted. The caller must look before creating again, or it may make a
 * duplicate.
 */
public final class AmbiguousResultException extends IntegrationException {

    private static final long serialVersionUID = 1L;

    public AmbiguousResultException(String message, Throwable cause) {
        super(message, cause);
    }
}
