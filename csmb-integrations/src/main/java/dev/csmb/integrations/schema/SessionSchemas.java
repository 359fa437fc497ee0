package dev.csmb.integrations.schema;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.Feature;
import dev.csmb.api.Priority;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Derives the "Chat Sessions" schema from a build configuration: the fields every bot writes, and one more for
 * each chosen priority or feature that has something worth tracking per session. The same configuration always
 * gives the same schema, fields in the same order.
 */
public final class SessionSchemas {

    /** The default database or table name. */
    public static final String TABLE_NAME = "Chat Sessions";
    /** The session states the generated runtime uses. */
    public static final List<String> STATUSES = List.of("active", "paused", "completed", "archived");

    private SessionSchemas() {
    }

    /** The schema for this configuration, named {@value #TABLE_NAME}. */
    public static SessionSchema forConfiguration(BuildConfiguration configuration) {
        Objects.requireNonNull(configuration, "configuration must not be null");
        List<SessionField> fields = new ArrayList<>(List.of(
                SessionField.of("Session", FieldKind.TITLE, "the session's id and first words"),
                SessionField.select("Platform", FieldKind.SELECT, List.of(configuration.platform()),
                        "the platform id the session ran on"),
                SessionField.select("Status", FieldKind.SELECT, STATUSES, "the session's state"),
                SessionField.of("User", FieldKind.TEXT, "the user or channel the session belongs to"),
                SessionField.of("Started", FieldKind.CREATED_TIME, "when the session started"),
                SessionField.of("Last Activity", FieldKind.LAST_EDITED_TIME, "when the session last changed"),
                SessionField.of("Summary", FieldKind.LONG_TEXT, "a short summary of the conversation"),
                SessionField.of("Messages", FieldKind.NUMBER, "how many messages the session holds"),
                SessionField.of("Duration", FieldKind.DURATION, "seconds from the first to the last message"),
                SessionField.select("Tags", FieldKind.MULTI_SELECT, List.of("question", "feedback", "bug",
                        "follow-up"), "labels for triage"),
                SessionField.of("Follow-up", FieldKind.DATE, "when someone should look at it again")));
        var priorities = configuration.priorities();
        if (priorities.contains(Priority.SESSION_MANAGEMENT)) {
            fields.add(SessionField.select("Scope", FieldKind.SELECT, List.of("user", "channel"),
                    "whether the session is per user or per channel"));
        }
        if (priorities.contains(Priority.USER_AUTHENTICATION)) {
            fields.add(SessionField.select("Role", FieldKind.SELECT, List.of("user", "admin"),
                    "the role of the session's user"));
        }
        if (priorities.contains(Priority.ERROR_HANDLING)) {
            fields.add(SessionField.of("Errors", FieldKind.NUMBER, "failed replies in the session"));
        }
        if (priorities.contains(Priority.REAL_TIME_SYNC) || priorities.contains(Priority.SCALABILITY)) {
            fields.add(SessionField.of("Instance", FieldKind.TEXT, "the bot instance that last handled it"));
        }
        var features = configuration.features();
        if (features.contains(Feature.CONVERSATION_BRANCHING)) {
            fields.add(SessionField.of("Branch", FieldKind.TEXT, "the active conversation branch"));
        }
        if (features.contains(Feature.CONTEXT_AWARENESS)) {
            fields.add(SessionField.of("Context Messages", FieldKind.NUMBER, "messages in the context window"));
        }
        if (features.contains(Feature.MULTI_LANGUAGE)) {
            fields.add(SessionField.select("Language", FieldKind.SELECT, List.of("en", "es", "de"),
                    "the user's locale"));
        }
        if (features.contains(Feature.FILE_ATTACHMENTS)) {
            fields.add(SessionField.of("Attachments", FieldKind.NUMBER, "files received in the session"));
        }
        if (features.contains(Feature.CUSTOM_COMMANDS)) {
            fields.add(SessionField.of("Commands Used", FieldKind.NUMBER, "commands run in the session"));
        }
        if (features.contains(Feature.WEBHOOKS)) {
            fields.add(SessionField.of("Webhook Events", FieldKind.NUMBER, "webhook events sent for the session"));
        }
        if (features.contains(Feature.AI_INTEGRATION)) {
            fields.add(SessionField.of("AI Replies", FieldKind.NUMBER, "replies written by the model"));
        }
        if (features.contains(Feature.BACKUP_RESTORE)) {
            fields.add(SessionField.of("Last Backup", FieldKind.DATE, "when the session was last exported"));
        }
        return new SessionSchema(TABLE_NAME, fields);
    }
}
