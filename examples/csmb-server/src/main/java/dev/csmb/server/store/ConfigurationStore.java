package dev.csmb.server.store;

import java.util.Optional;

/**
 * Where saved configurations are kept. The default keeps them in memory, bounded and expiring
 * ({@link MemoryConfigurationStore}); a bean of this type in the application replaces it.
 */
public interface ConfigurationStore {

    /** Keeps the configuration and returns the id to read it by. */
    String save(SavedConfiguration configuration);

    /** The configuration with this id, or empty when it is unknown or has expired. */
    Optional<SavedConfiguration> find(String id);
}
