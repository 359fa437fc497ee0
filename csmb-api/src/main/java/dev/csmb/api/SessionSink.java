package dev.csmb.api;

import java.util.Optional;

/**
 * Where the generated bot also writes one row per chat session, kept up to date as the session changes: nowhere
 * (the default), a Notion data source or an Airtable table (both made by {@code csmb provision}).
 */
@Stable
public enum SessionSink implements CatalogId {
    NONE("none", "None"),
    NOTION("notion", "Notion data source"),
    AIRTABLE("airtable", "Airtable table");

    private final String id;
    private final String label;

    SessionSink(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    /** The session sink with this wire id. */
    public static Optional<SessionSink> fromId(String id) {
        return CatalogId.fromId(SessionSink.class, id);
    }
}
