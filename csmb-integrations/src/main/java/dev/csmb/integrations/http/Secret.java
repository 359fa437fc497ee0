package dev.csmb.integrations.http;

import java.util.Objects;

/**
 * An API token. Its {@link #toString()} is redacted, so a token never reaches a log line, an exception message or
 * a debugger's summary by accident; only the HTTP layer reads the value, to build the authorization header.
 */
public final class Secret {

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /**
     * Wraps a token.
     *
     * @throws IllegalArgumentException when the token is blank or contains whitespace or control characters (the
     *                                  message never repeats the token)
     */
    public static Secret of(String value) {
        Objects.requireNonNull(value, "token must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException("token must not be blank");
        }
        if (value.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            throw new IllegalArgumentException("token must not contain spaces or control characters");
        }
        return new Secret(value);
    }

    /** The token itself; for request headers only. */
    String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "Secret[redacted]";
    }
}
