package dev.csmb.integrations.http;

/**
 * The service could not be reached or did not answer. {@link #surelyNotSent()} tells a refused connection (the
 * request never left) from a timeout or dropped connection (the service may have acted on it).
 */
final class TransportFailure extends IntegrationException {

    private static final long serialVersionUID = 1L;

    private final boolean surelyNotSent;

    TransportFailure(String message, boolean surelyNotSent, Throwable cause) {
        super(message, cause);
        this.surelyNotSent = surelyNotSent;
    }

    boolean surelyNotSent() {
        return surelyNotSent;
    }
}
