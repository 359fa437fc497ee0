package dev.csmb.engine.internal.runtime;

import java.util.List;

/** The runtime modules, in the order they are planned, installed, documented and listed in {@code .env.example}. */
public final class RuntimeModules {

    /** Every runtime module. A new module is one line here, before {@link ExtrasModule}. */
    public static final List<RuntimeModule> ALL = List.of(
            new CoreModule(),
            new StoresModule(),
            new HttpModule(),
            new RedisStoreModule(),
            new RateLimitModule(),
            new HealthModule(),
            new RealTimeSyncModule(),
            new ExtrasModule());

    private RuntimeModules() {
    }
}
