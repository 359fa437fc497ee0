package dev.csmb.engine.internal.discovery;

import dev.csmb.engine.DiscoveryProblem;
import dev.csmb.engine.DiscoveryProblem.Kind;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The duplicate-id policy. When several generators declare one platform id, the one with the strongest standing
 * is used: a generator the application added explicitly, then csmb's own built-in generators
 * ({@code dev.csmb.platform.*}), then plugins found on the class path. A built-in never disappears because a
 * plugin copied its id. When two or more share the strongest standing, none of them is used: the class path's
 * order must not decide. Every generator that is not used is reported, naming the provider it lost to.
 */
final class DuplicateIds {

    private DuplicateIds() {
    }

    /** The provider used for {@code id}, if any; every other one is reported in {@code problems}. */
    static Optional<Provider> resolve(String id, List<Provider> providers, List<DiscoveryProblem> problems) {
        if (providers.size() == 1) {
            return Optional.of(providers.get(0));
        }
        int best = providers.stream().mapToInt(Provider::rank).min().orElseThrow();
        List<Provider> strongest = providers.stream().filter(p -> p.rank() == best)
                .sorted(Comparator.comparing(Provider::className)).toList();
        String quotedId = "'" + id + "'";
        if (strongest.size() == 1) {
            Provider winner = strongest.get(0);
            for (Provider loser : providers) {
                if (loser != winner) {
                    problems.add(new DiscoveryProblem(Kind.DUPLICATE_ID, loser.className(), id, "declares platform id "
                            + quotedId + ", which " + winner.describe() + " already provides; " + loser.describe()
                            + " is not used. Give the plugin another id"));
                }
            }
            return Optional.of(winner);
        }
        for (Provider one : providers) {
            String others = providers.stream().filter(p -> p != one).map(Provider::describe)
                    .collect(Collectors.joining(" and "));
            problems.add(new DiscoveryProblem(Kind.DUPLICATE_ID, one.className(), id, "declares platform id "
                    + quotedId + ", like " + others + "; " + one.describe() + " is not used, and neither is any "
                    + "other generator with this id, until only one remains"));
        }
        return Optional.empty();
    }
}
