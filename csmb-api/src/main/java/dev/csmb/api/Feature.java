package dev.csmb.api;

import java.util.Optional;

/** An optional capability of the generated project; a configuration chooses zero to eight. */
@Stable
public enum Feature implements CatalogId {
    CONVERSATION_BRANCHING("conversation-branching", "Conversation branching",
            "Fork a session into named branches, switch between them, list them"),
    CONTEXT_AWARENESS("context-awareness", "Context awareness",
            "Recent messages handed to the reply logic; a command shows them"),
    MULTI_LANGUAGE("multi-language", "Multi-language",
            "Every bot text through t(), locale files (en, es, de), per-user locale"),
    FILE_ATTACHMENTS("file-attachments", "File attachments",
            "Receive files within size and type limits, kept with the session"),
    CUSTOM_COMMANDS("custom-commands", "Custom commands",
            "Commands with generated help; admins add text commands at runtime"),
    WEBHOOKS("webhooks", "Webhooks",
            "Signed inbound endpoint (HMAC-SHA256) and signed outbound session events"),
    AI_INTEGRATION("ai-integration", "AI integration",
            "Replies from any OpenAI-compatible API, with the session's context"),
    BACKUP_RESTORE("backup-restore", "Backup and restore",
            "Export all sessions to a checksummed JSON file; idempotent restore");

    private final String id;
    private final String label;
    private final String description;

    Feature(String id, String label, String description) {
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

    /** The feature with this wire id. */
    public static Optional<Feature> fromId(String id) {
        return CatalogId.fromId(Feature.class, id);
    }
}
