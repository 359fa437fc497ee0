package dev.csmb.server.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.csmb.server.ServerProperties;
import java.util.Optional;

/** Saved configurations in memory, at most the configured count, each kept for the configured time. */
public final class MemoryConfigurationStore implements ConfigurationStore {

    private final Cache<String, SavedConfiguration> cache;

    public MemoryConfigurationStore(ServerProperties.Store settings, Ticker ticker) {
        this.cache = Caffeine.newBuilder()
                .ticker(ticker)
                // Evict on the calling thread: the bound holds as soon as put returns.
                .executor(Runnable::run)
                .expireAfterWrite(settings.ttl())
                .maximumSize(settings.maxEntries())
                .build();
    }

    @Override
    public String save(SavedConfiguration configuration) {
        String id = Ids.next();
        cache.put(id, configuration);
        return id;
    }

    @Override
    public Optional<SavedConfiguration> find(String id) {
        return Optional.ofNullable(cache.getIfPresent(id));
    }
}
