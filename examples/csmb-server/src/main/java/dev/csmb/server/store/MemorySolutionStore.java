package dev.csmb.server.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.csmb.api.GeneratedSolution;
import dev.csmb.server.ServerProperties;
import java.util.Optional;

/**
 * Generated projects in memory, bounded by total size of their files and by count, each kept for the configured
 * time after it was made. Thread-safe.
 */
public final class MemorySolutionStore implements SolutionStore {

    private final Cache<String, GeneratedSolution> cache;

    public MemorySolutionStore(ServerProperties.Store settings, Ticker ticker) {
        long maxBytes = settings.maxMegabytes() * 1024L * 1024L;
        // Each entry weighs at least maxBytes / maxEntries, so both bounds hold with Caffeine's one weight limit.
        long least = Math.max(1, maxBytes / Math.max(1, settings.maxEntries()));
        this.cache = Caffeine.newBuilder()
                .ticker(ticker)
                // Evict on the calling thread: the bound holds as soon as put returns.
                .executor(Runnable::run)
                .expireAfterWrite(settings.ttl())
                .maximumWeight(maxBytes)
                .weigher((String id, GeneratedSolution s) -> (int) Math.min(Integer.MAX_VALUE,
                        Math.max(s.totalSize(), least)))
                .build();
    }

    @Override
    public String put(GeneratedSolution solution) {
        String id = Ids.next();
        cache.put(id, solution);
        return id;
    }

    @Override
    public Optional<GeneratedSolution> find(String id) {
        return Optional.ofNullable(cache.getIfPresent(id));
    }
}
