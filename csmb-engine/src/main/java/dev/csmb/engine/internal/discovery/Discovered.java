package dev.csmb.engine.internal.discovery;

import dev.csmb.api.Internal;
import dev.csmb.engine.DiscoveryProblem;
import dev.csmb.spi.PlatformGenerator;
import java.util.List;
import java.util.Map;

/**
 * The outcome of discovery: the usable generators by platform id, and what was skipped.
 *
 * @param generators usable generators, keyed and sorted by platform id
 * @param problems   generators that could not be used
 */
@Internal
public record Discovered(Map<String, PlatformGenerator> generators, List<DiscoveryProblem> problems) {

    public Discovered {
        generators = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(generators));
        problems = List.copyOf(problems);
    }
}
