package dev.csmb.engine.internal.runtime;

import dev.csmb.api.Internal;
import java.util.List;

/** The runtime modules, in the order they are planned, installed, documented and listed in {@code .env.example}. */
@Internal
public final class RuntimeModules {

    /**
     * Every runtime module. A new module is a declaration ({@link DeclaredModule}) and one line here, before
     * {@link Extras#SECTION}. The {@link Extras} come right
     * after the stores (nothing depends on where they install), so lines added before {@code Extras.SECTION} never
     * touch theirs.
     */
    public static final List<RuntimeModule> ALL = List.of(
            CoreModules.CORE,
            CoreModules.STORES,
            Extras.LINT,
            Extras.METRICS,
            Extras.DOCKER,
            Extras.CI,
            Extras.CONTRIBUTING,
            Extras.SECURITY_POLICY,
            Extras.CODE_OWNERS,
            Extras.DEPENDENCY_UPDATES,
            Extras.OPERATIONS,
            CoreModules.HTTP,
            PriorityModules.AUTH,
            PriorityModules.SESSION_SCOPE,
            PriorityModules.PERSISTENCE,
            PriorityModules.RETRY,
            PriorityModules.REDIS_STORE,
            PriorityModules.RATE_LIMIT,
            PriorityModules.HEALTH,
            PriorityModules.REAL_TIME_SYNC,
            FeatureModules.SETTINGS,
            FeatureModules.MULTI_LANGUAGE,
            FeatureModules.CONTEXT_AWARENESS,
            FeatureModules.CONVERSATION_BRANCHING,
            FeatureModules.CUSTOM_COMMANDS,
            FeatureModules.FILE_ATTACHMENTS,
            FeatureModules.AI_INTEGRATION,
            FeatureModules.WEBHOOKS,
            FeatureModules.BACKUP_RESTORE,
            SinkModules.SESSION_SINK,
            SinkModules.NOTION_SINK,
            SinkModules.AIRTABLE_SINK,
            Extras.SECTION);

    private RuntimeModules() {
    }
}
