package dev.csmb.server.api;

/** An id that names nothing this server holds (never held, expired, or not the caller's); answered with 404. */
public final class NotFoundException extends RuntimeException {

    private final String field;

    public NotFoundException(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    /** The request part that held the id. */
    public String field() {
        return field;
    }
}
