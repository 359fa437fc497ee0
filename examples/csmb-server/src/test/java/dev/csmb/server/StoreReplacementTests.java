package dev.csmb.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.GeneratedSolution;
import dev.csmb.server.store.ConfigurationStore;
import dev.csmb.server.store.MemoryConfigurationStore;
import dev.csmb.server.store.SolutionStore;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** An application's own SolutionStore bean replaces the in-memory one; the other store stays the default. */
@SpringBootTest
class StoreReplacementTests {

    static final class ElsewhereStore implements SolutionStore {
        @Override
        public String put(GeneratedSolution solution) {
            return "elsewhere";
        }

        @Override
        public Optional<GeneratedSolution> find(String id) {
            return Optional.empty();
        }
    }

    @TestConfiguration
    static class Elsewhere {
        @Bean
        SolutionStore elsewhere() {
            return new ElsewhereStore();
        }
    }

    @Autowired
    SolutionStore solutions;

    @Autowired
    ConfigurationStore configurations;

    @Test
    void theApplicationsStoreIsUsed() {
        assertThat(solutions).isInstanceOf(ElsewhereStore.class);
        assertThat(configurations).isInstanceOf(MemoryConfigurationStore.class);
    }
}
