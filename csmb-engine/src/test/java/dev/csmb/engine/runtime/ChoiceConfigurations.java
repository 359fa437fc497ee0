package dev.csmb.engine.runtime;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.Complexity;
import dev.csmb.api.Feature;
import dev.csmb.api.GenerationOptions;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.api.Priority;
import dev.csmb.api.TeamSize;
import dev.csmb.engine.testkit.CsmbTestKit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Named;

/**
 * Configurations that each select as little as possible besides one choice: each priority with a neutral partner
 * (two are required), each feature the platform supports alone, each feature it lacks alone (dropped, downgrades
 * allowed), each complexity and team size with every option off, and everything on. Derived from the catalog enums and
 * the descriptor, so new priorities, features and supported features are covered without editing this list.
 */
final class ChoiceConfigurations {

    private ChoiceConfigurations() {
    }

    static List<Named<BuildConfiguration>> all(CsmbTestKit kit, PlatformDescriptor platform) {
        BuildConfiguration base = kit.with(b -> b.complexity(Complexity.BASIC).teamSize(TeamSize.SOLO)
                .features(Set.of()).options(GenerationOptions.defaults())).configuration();
        List<Named<BuildConfiguration>> list = new ArrayList<>();
        for (Priority priority : Priority.values()) {
            Priority partner = priority == Priority.ERROR_HANDLING ? Priority.SESSION_MANAGEMENT : Priority.ERROR_HANDLING;
            list.add(Named.of("priority " + priority.id() + " (with " + partner.id() + ")",
                    base.withPriorities(EnumSet.of(priority, partner))));
        }
        BuildConfiguration neutral = base.withPriorities(EnumSet.of(Priority.SESSION_MANAGEMENT,
                Priority.ERROR_HANDLING));
        for (Feature feature : Feature.values()) {
            String kind = platform.supports(feature) ? "feature " : "dropped feature ";
            list.add(Named.of(kind + feature.id(), neutral.toBuilder().features(Set.of(feature))
                    .allowDowngrades(!platform.supports(feature)).build()));
        }
        GenerationOptions off = new GenerationOptions(false, false, false, false);
        for (Complexity complexity : Complexity.values()) {
            list.add(Named.of("complexity " + complexity.id() + ", options off",
                    neutral.toBuilder().complexity(complexity).options(off).build()));
        }
        for (TeamSize team : TeamSize.values()) {
            list.add(Named.of("team " + team.id() + ", options off",
                    neutral.toBuilder().teamSize(team).options(off).build()));
        }
        list.add(Named.of("everything", neutral.toBuilder().complexity(Complexity.EXPERT)
                .teamSize(TeamSize.ENTERPRISE).priorities(EnumSet.of(Priority.MESSAGE_PERSISTENCE,
                        Priority.SESSION_MANAGEMENT, Priority.ERROR_HANDLING, Priority.SCALABILITY))
                .features(platform.supportedFeatures()).build()));
        return List.copyOf(list);
    }
}
