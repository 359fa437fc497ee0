package dev.csmb.integrations.http;

import dev.csmb.api.CsmbException;

/**
 * The root of the exceptions the integrations throw: a service answered with an error ({@link ServiceException}),
 * or it could not be reached or did not answer in time. Messages are written for people and never hold a token.
 */
public class IntegrationException extends CsmbException {

    private static final long serialVersionUID = 1L;

    public IntegrationException(String message) {
        super(message);
    }

    public IntegrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
