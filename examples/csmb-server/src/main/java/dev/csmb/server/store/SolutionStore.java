package dev.csmb.server.store;

import dev.csmb.api.GeneratedSolution;
import java.util.Optional;

/**
 * Where generated projects wait for their download. The default keeps them in memory, bounded and expiring
 * ({@link MemorySolutionStore}); a bean of this type in the application replaces it (for example one backed by
 * Redis when several server instances sit behind one load balancer).
 */
public interface SolutionStore {

    /** Keeps the solution and returns the id to fetch it by. */
    String put(GeneratedSolution solution);

    /** The solution with this id, or empty when it is unknown or has expired. */
    Optional<GeneratedSolution> find(String id);
}
