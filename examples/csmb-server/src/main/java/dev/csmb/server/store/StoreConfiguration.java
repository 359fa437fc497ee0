package dev.csmb.server.store;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.csmb.server.ServerProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The in-memory stores, used unless the application defines its own {@link SolutionStore} or
 * {@link ConfigurationStore}. An auto-configuration (listed in {@code META-INF/spring/…AutoConfiguration.imports}),
 * so it is processed after the application's own beans and {@code @ConditionalOnMissingBean} sees them.
 */
@AutoConfiguration
public class StoreConfiguration {

    @Bean
    @ConditionalOnMissingBean
    SolutionStore solutionStore(ServerProperties properties, ObjectProvider<Ticker> ticker) {
        return new MemorySolutionStore(properties.store(), ticker.getIfAvailable(Ticker::systemTicker));
    }

    @Bean
    @ConditionalOnMissingBean
    ConfigurationStore configurationStore(ServerProperties properties, ObjectProvider<Ticker> ticker) {
        return new MemoryConfigurationStore(properties.store(), ticker.getIfAvailable(Ticker::systemTicker));
    }
}
