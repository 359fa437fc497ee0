package dev.csmb.server.limits;

import java.io.IOException;

/** A request body went past the limit while it was read (no {@code Content-Length} to refuse it by). */
public final class BodyTooLargeException extends IOException {

    private final long maxBytes;

    BodyTooLargeException(long maxBytes) {
        super("the request body is larger than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    /** The limit that was passed. */
    public long maxBytes() {
        return maxBytes;
    }
}
