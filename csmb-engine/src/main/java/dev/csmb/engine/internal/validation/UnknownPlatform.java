package dev.csmb.engine.internal.validation;

import dev.csmb.api.Violation;
import dev.csmb.engine.DiscoveryProblem;
import dev.csmb.engine.escape.MessageText;
import dev.csmb.engine.internal.discovery.Discovered;
import java.util.List;

/**
 * The problem for a platform id the engine cannot generate: either no generator declares it, or generators do
 * but could not be used (a duplicate id) — then the discovery problems say why, rather than "unknown".
 */
final class UnknownPlatform {

    private UnknownPlatform() {
    }

    static Violation violation(String id, Discovered discovered) {
        List<DiscoveryProblem> problems = discovered.problems().stream()
                .filter(p -> !p.platformId().isEmpty() && p.platformId().equals(id)).toList();
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder("platform " + MessageText.name(id) + " is not available: ");
            for (int i = 0; i < problems.size(); i++) {
                message.append(i == 0 ? "" : "; ").append(problems.get(i).className()).append(' ')
                        .append(problems.get(i).message());
            }
            return Violation.error("platform", "platform-unavailable", message.toString());
        }
        return Violation.error("platform", "unknown-platform", "unknown platform " + MessageText.name(id) + "; "
                + known(discovered));
    }

    /** "known platforms: a, b", or that there are none at all. */
    static String known(Discovered discovered) {
        return discovered.generators().isEmpty()
                ? "no platforms are installed; add a csmb-platform-* module to the class path"
                : "known platforms: " + String.join(", ", discovered.generators().keySet());
    }
}
