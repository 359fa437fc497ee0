package dev.csmb.engine.internal.runtime;

import static dev.csmb.engine.internal.runtime.DeclaredModule.module;

import dev.csmb.api.Feature;
import dev.csmb.api.Priority;
import java.util.List;

/** The modules the features add, each decided by its one rule. */
final class FeatureModules {

    /**
     * No files: switches on the stores' key-value settings for the features that keep small texts there, and for a
     * session sink (the row id of each session).
     */
    static final RuntimeModule SETTINGS = module("settings").when(s -> s.has(Feature.MULTI_LANGUAGE)
            || s.has(Feature.CUSTOM_COMMANDS) || s.has(Feature.CONVERSATION_BRANCHING) || s.hasSessionSink()).build();

    /** Translates the core ({@code locales/core.es.json}, {@code .de.json}) and, through the locale rule, itself. */
    static final RuntimeModule MULTI_LANGUAGE = module("multi-language").when(s -> s.has(Feature.MULTI_LANGUAGE))
            .installs()
            .files(Locales.TRANSLATED.stream().map(locale -> "locales/core." + locale + ".json")
                    .toArray(String[]::new))
            .locales()
            .tests("test/locales.test.js", "test/transcripts/multi-language.test.js")
            .env(EnvVars.optional("DEFAULT_LOCALE", "en",
                    "The language for users who have not chosen one with /language: en, es or de."))
            .readme().build();

    static final RuntimeModule CONTEXT_AWARENESS = module("context-awareness")
            .when(s -> s.has(Feature.CONTEXT_AWARENESS))
            .installs().locales()
            .tests("test/transcripts/context-awareness.test.js")
            .env(EnvVars.optional("CONTEXT_WINDOW_MESSAGES", "10", "How many of the session's latest messages"
                    + " (yours and the bot's) reply() gets as context; 1 to 200."))
            .readme().build();

    static final RuntimeModule CONVERSATION_BRANCHING = module("conversation-branching")
            .when(s -> s.has(Feature.CONVERSATION_BRANCHING))
            .installs().locales()
            .tests("test/transcripts/conversation-branching.test.js")
            .readme().build();

    /**
     * {@code ADMIN_USERS}, unless user authentication is selected: that module declares the admins then, and this one
     * reads the same variable.
     */
    static final RuntimeModule CUSTOM_COMMANDS = module("custom-commands").when(s -> s.has(Feature.CUSTOM_COMMANDS))
            .installs().locales()
            .tests("test/transcripts/custom-commands.test.js")
            .env(s -> s.has(Priority.USER_AUTHENTICATION) ? List.of() : List.of(EnvVars.optional("ADMIN_USERS", "",
                    "Comma-separated user ids allowed to /addcommand and /removecommand; empty: nobody.")))
            .readme().build();

    static final RuntimeModule FILE_ATTACHMENTS = module("file-attachments")
            .when(s -> s.has(Feature.FILE_ATTACHMENTS))
            .installs().locales()
            .tests("test/core/file-attachments.test.js", "test/transcripts/file-attachments.test.js")
            .env(EnvVars.optional("ATTACHMENTS_DIR", "data/attachments", "Where attached files are stored, named by"
                            + " their SHA-256; relative to the folder you start the bot in."),
                    EnvVars.optional("ATTACHMENT_MAX_BYTES", "10485760", "The largest file accepted, in bytes"
                            + " (10485760 = 10 MiB)."),
                    EnvVars.optional("ATTACHMENT_ALLOWED_TYPES", ".txt,.md,.pdf,.png,.jpg,.jpeg,.gif,.csv,.json",
                            "Accepted files, comma-separated: extensions (.pdf) or MIME types (image/png, image/*)."))
            .readme().build();

    static final RuntimeModule AI_INTEGRATION = module("ai-integration").when(s -> s.has(Feature.AI_INTEGRATION))
            .installs().locales()
            .tests("test/core/ai-integration.test.js", "test/transcripts/ai-integration.test.js")
            .dependency("p-retry", PriorityModules.P_RETRY)
            .readme()
            .env(EnvVars.requiredSecret("AI_API_KEY", "The API key of your OpenAI-compatible provider; sent as a"
                            + " Bearer token and never logged."),
                    EnvVars.optional("AI_BASE_URL", "https://api.openai.com/v1", "The API's base URL; any"
                            + " OpenAI-compatible server works (a local one, a proxy, another provider)."),
                    EnvVars.optional("AI_MODEL", "gpt-4o-mini", "The model that answers."),
                    EnvVars.optional("AI_TIMEOUT_MS", "30000", "How long to wait for the model, in milliseconds,"
                            + " before the user gets an apology instead."),
                    EnvVars.optional("AI_CONTEXT_MESSAGES", "20", "How many of the session's latest messages are"
                            + " sent to the model.")).build();

    static final RuntimeModule WEBHOOKS = module("webhooks").when(s -> s.has(Feature.WEBHOOKS))
            .installs()
            .tests("test/core/webhooks.test.js", "test/transcripts/webhooks.test.js")
            .dependency("p-retry", PriorityModules.P_RETRY)
            .env(EnvVars.requiredSecret("WEBHOOK_SECRET", "The shared secret that signs webhooks in both directions;"
                            + " a long random string, e.g. from `openssl rand -hex 32`."),
                    EnvVars.optional("WEBHOOK_TOLERANCE_SECONDS", "300", "How old (or how far in the future) an"
                            + " inbound webhook's timestamp may be before it is refused as a replay."),
                    EnvVars.optional("WEBHOOK_OUTBOUND_URL", "off", "Where session events are POSTed, signed: an"
                            + " http or https URL, or off."),
                    EnvVars.optional("WEBHOOK_OUTBOUND_ATTEMPTS", "5", "How many times an outbound webhook is tried"
                            + " before it is given up (with growing pauses in between)."))
            .readme().servesHttp().build();

    static final RuntimeModule BACKUP_RESTORE = module("backup-restore").when(s -> s.has(Feature.BACKUP_RESTORE))
            .installs().files("src/backup.js").locales()
            .tests("test/core/backup-restore.test.js", "test/transcripts/backup-restore.test.js")
            .env(EnvVars.optional("BACKUP_DIR", "data/backups", "Where /backup writes its files;"
                            + " relative to the folder you start the bot in."),
                    EnvVars.optional("BACKUP_KEEP", "10", "How many backups /backup keeps in BACKUP_DIR; older ones"
                            + " are deleted."))
            .readme().build();

    private FeatureModules() {
    }
}
