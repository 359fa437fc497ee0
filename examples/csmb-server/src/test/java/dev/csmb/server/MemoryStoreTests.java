package dev.csmb.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.GeneratedSolution;
import dev.csmb.server.store.MemoryConfigurationStore;
import dev.csmb.server.store.MemorySolutionStore;
import dev.csmb.server.store.SavedConfiguration;
import dev.csmb.server.ServerProperties.Store;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The in-memory stores hold at most their bound, and nothing past its expiry. */
class MemoryStoreTests {

    private final ManualTicker ticker = new ManualTicker();
    private final GeneratedSolution solution = Configs.ENGINE.generate(Configs.valid());

    @Test
    void solutionsAreBoundedByCount() {
        MemorySolutionStore store = new MemorySolutionStore(new Store(3, 64, Duration.ofMinutes(30)), ticker);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(store.put(solution));
        }
        assertThat(ids.stream().filter(id -> store.find(id).isPresent()).count()).isBetween(1L, 3L);
    }

    @Test
    void solutionsAreBoundedBySize() {
        // One megabyte holds fewer projects than the count allows when each weighs its real size.
        MemorySolutionStore store = new MemorySolutionStore(new Store(1000, 1, Duration.ofMinutes(30)), ticker);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ids.add(store.put(solution));
        }
        long kept = ids.stream().filter(id -> store.find(id).isPresent()).count();
        assertThat(kept * solution.totalSize()).isLessThanOrEqualTo(1024L * 1024L);
        assertThat(kept).isPositive();
    }

    @Test
    void entriesExpire() {
        MemoryConfigurationStore store = new MemoryConfigurationStore(new Store(10, 64, Duration.ofMinutes(30)),
                ticker);
        String id = store.save(new SavedConfiguration(Configs.valid(), Optional.empty()));
        ticker.advance(Duration.ofMinutes(29));
        assertThat(store.find(id)).isPresent();
        ticker.advance(Duration.ofMinutes(2));
        assertThat(store.find(id)).isEmpty();
    }

    @Test
    void anOwnedConfigurationIsReadableOnlyByItsOwner() {
        SavedConfiguration owned = new SavedConfiguration(Configs.valid(), Optional.of("github:1"));
        assertThat(owned.readableBy(Optional.of("github:1"))).isTrue();
        assertThat(owned.readableBy(Optional.of("github:2"))).isFalse();
        assertThat(owned.readableBy(Optional.empty())).isFalse();
        assertThat(new SavedConfiguration(Configs.valid(), Optional.empty()).readableBy(Optional.empty())).isTrue();
    }
}
