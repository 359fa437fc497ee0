package dev.csmb.engine.internal.runtime;

import java.util.List;

/** The runtime modules, in the order they are planned, installed, documented and listed in {@code .env.example}. */
public final class RuntimeModules {

    /**
     * Every runtime module. A new module is one line here, before {@link ExtrasModule}. The {@link Extras} come right
     * after the stores (nothing depends on where they install), so lines added before {@code ExtrasModule} never
     * touch theirs.
     */
    public static final List<RuntimeModule> ALL = List.of(
            new CoreModule(),
            new StoresModule(),
            Extras.LINT,
            Extras.METRICS,
            Extras.DOCKER,
            Extras.CI,
            Extras.CONTRIBUTING,
            Extras.SECURITY_POLICY,
            Extras.CODE_OWNERS,
            Extras.DEPENDENCY_UPDATES,
            Extras.OPERATIONS,
            new HttpModule(),
            new AuthModule(),
            new SessionScopeModule(),
            new PersistenceModule(),
            new RetryModule(),
            new RedisStoreModule(),
            new RateLimitModule(),
            new HealthModule(),
            new RealTimeSyncModule(),
            new SettingsModule(),
            new MultiLanguageModule(),
            new ContextAwarenessModule(),
            new ConversationBranchingModule(),
            new CustomCommandsModule(),
            new FileAttachmentsModule(),
            new AiIntegrationModule(),
            new WebhooksModule(),
            new BackupRestoreModule(),
            new ExtrasModule());

    private RuntimeModules() {
    }
}
