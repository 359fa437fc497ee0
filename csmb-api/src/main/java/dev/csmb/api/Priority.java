package dev.csmb.api;

import java.util.Optional;

/** What the generated project must be good at; a configuration chooses two to four. */
@Stable
public enum Priority implements CatalogId {
    MESSAGE_PERSISTENCE("message-persistence", "Message persistence"),
    SESSION_MANAGEMENT("session-management", "Session management"),
    USER_AUTHENTICATION("user-authentication", "User authentication"),
    REAL_TIME_SYNC("real-time-sync", "Real-time sync"),
    ERROR_HANDLING("error-handling", "Error handling"),
    SCALABILITY("scalability", "Scalability");

    private final String id;
    private final String label;

    Priority(String id, String label) {
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

    /** The priority with this wire id. */
    public static Optional<Priority> fromId(String id) {
        return CatalogId.fromId(Priority.class, id);
    }
}
