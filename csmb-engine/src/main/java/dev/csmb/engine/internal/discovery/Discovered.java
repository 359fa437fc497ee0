package dev.csmb.engine.internal.discovery;

import dev.csmb.api.Internal;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.engine.DiscoveryProblem;
import dev.csmb.spi.PlatformGenerator;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of discovery: the usable generators by platform id, their descriptors, and what was skipped.
 *
 * @param generators  usable generators, keyed and sorted by platform id
 * @param descriptors their descriptors, asked for once during discovery and checked
 * @param problems    generators that could not be used
 */
@Internal
public record Discovered(Map<String, PlatformGenerator> generators, Map<String, PlatformDescriptor> descriptors,
                         List<DiscoveryProblem> problems) {

    public Discovered {
        generators = Collections.unmodifiableMap(new TreeMap<>(generators));
        descriptors = Collections.unmodifiableMap(new TreeMap<>(descriptors));
        problems = List.copyOf(problems);
    }
}
