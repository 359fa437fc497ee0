package dev.csmb.api;

import java.util.Optional;

/** What the generated project must be good at; a configuration chooses two to four. */
@Stable
public enum Priority implements CatalogId {
    MESSAGE_PERSISTENCE("message-persistence", "Message persistence",
            "Sessions and messages in SQLite, surviving restarts; a history command"),
    SESSION_MANAGEMENT("session-management", "Session management",
            "Start, resume, list and end sessions; idle timeout; per-user scope"),
    USER_AUTHENTICATION("user-authentication", "User authentication",
            "Allow-list and admin roles from the environment"),
    REAL_TIME_SYNC("real-time-sync", "Real-time sync",
            "Session events over Redis pub/sub so several instances stay in step"),
    ERROR_HANDLING("error-handling", "Error handling",
            "JSON logs, retries with backoff, friendly errors, crash-safe shutdown"),
    SCALABILITY("scalability", "Scalability",
            "Redis session store, per-user rate limit, health endpoint");

    private final String id;
    private final String label;
    private final String description;

    Priority(String id, String label, String description) {
        this.id = id;
        this.label = label;
        this.description = description;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    /** One line on what choosing it adds to the generated project, for people choosing (the wizard, help). */
    public String description() {
        return description;
    }

    /** The priority with this wire id. */
    public static Optional<Priority> fromId(String id) {
        return CatalogId.fromId(Priority.class, id);
    }
}
