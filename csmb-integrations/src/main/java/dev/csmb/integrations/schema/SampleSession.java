package dev.csmb.integrations.schema;

import java.util.List;
import java.util.Optional;

/**
 * The values of the sample row added to a new table, so people see what the bot will write. Fixed values, so the
 * same configuration always sends the same request; each service maps them to its own value shapes.
 */
public final class SampleSession {

    /** The sample row's title; it is found by it when a create's outcome was unclear. */
    public static final String TITLE = "Sample session (safe to delete)";
    /** The time written where a service lets the bot write the session's times. */
    public static final String TIME = "2026-01-01T12:00:00.000Z";

    private SampleSession() {
    }

    /**
     * The sample value of a field: a {@code String}, an {@code Integer} or a {@code List<String>}; empty for a
     * field the sample leaves blank.
     */
    public static Optional<Object> value(SessionField field) {
        return Optional.ofNullable(switch (field.kind()) {
            case TITLE -> TITLE;
            case TEXT -> "sample";
            case LONG_TEXT -> "A sample row: the bot writes one row like this per chat session and keeps it up to date.";
            case NUMBER -> 2;
            case DURATION -> 42;
            case SELECT -> field.options().isEmpty() ? null : field.options().get(0);
            case MULTI_SELECT -> field.options().isEmpty() ? null : List.of(field.options().get(0));
            case CREATED_TIME, LAST_EDITED_TIME -> TIME;
            case DATE -> null;
        });
    }
}
