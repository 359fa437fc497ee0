package dev.csmb.api;

import java.util.Optional;

/** An optional capability of the generated project; a configuration chooses zero to eight. */
@Stable
public enum Feature implements CatalogId {
    CONVERSATION_BRANCHING("conversation-branching", "Conversation branching"),
    CONTEXT_AWARENESS("context-awareness", "Context awareness"),
    MULTI_LANGUAGE("multi-language", "Multi-language"),
    FILE_ATTACHMENTS("file-attachments", "File attachments"),
    CUSTOM_COMMANDS("custom-commands", "Custom commands"),
    WEBHOOKS("webhooks", "Webhooks"),
    AI_INTEGRATION("ai-integration", "AI integration"),
    BACKUP_RESTORE("backup-restore", "Backup and restore");

    private final String id;
    private final String label;

    Feature(String id, String label) {
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

    /** The feature with this wire id. */
    public static Optional<Feature> fromId(String id) {
        return CatalogId.fromId(Feature.class, id);
    }
}
