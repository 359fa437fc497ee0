package dev.csmb.engine.codec;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.Complexity;
import dev.csmb.api.Feature;
import dev.csmb.api.GenerationOptions;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.api.Priority;
import dev.csmb.api.SessionSink;
import dev.csmb.api.TeamSize;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a {@link ConfigurationDraft} into a {@link BuildConfiguration}: resolves wire ids, applies defaults
 * (complexity and description from the platform's descriptor; priorities are left empty for the engine to fill
 * from the descriptor) and reports unknown ids, duplicates and missing values. Sizes and
 * patterns are the engine validator's business, not checked here.
 */
final class DraftResolver {

    private final Optional<PlatformDescriptor> platform;
    private final Problems problems;

    private DraftResolver(Optional<PlatformDescriptor> platform, Problems problems) {
        this.platform = platform;
        this.problems = problems;
    }

    /** The configuration, or {@code null} when {@code problems} got any. */
    static BuildConfiguration resolve(ConfigurationDraft draft, Optional<PlatformDescriptor> platform,
                                      Problems problems) {
        return new DraftResolver(platform, problems).resolve(draft);
    }

    private BuildConfiguration resolve(ConfigurationDraft draft) {
        if (draft.platform() == null) {
            problems.add(Fields.PLATFORM, Fields.REQUIRED, "is required: the id of the platform to generate for, "
                    + "for example \"cli-interface\"");
        }
        List<Priority> priorities = priorities(draft.priorities());
        List<Feature> features = draft.features() == null ? List.of()
                : CatalogIds.resolve(Feature.class, "feature", Fields.FEATURES, draft.features(), problems);
        TeamSize teamSize = CatalogIds.resolve(TeamSize.class, "team size", Fields.TEAM_SIZE, draft.teamSize(),
                problems).orElse(TeamSize.SOLO);
        Complexity complexity = CatalogIds.resolve(Complexity.class, "complexity", Fields.COMPLEXITY,
                draft.complexity(), problems)
                .orElse(platform.map(PlatformDescriptor::complexity).orElse(Complexity.BASIC));
        SessionSink sessionSink = CatalogIds.resolve(SessionSink.class, "session sink", Fields.SESSION_SINK,
                draft.sessionSink(), problems).orElse(SessionSink.NONE);
        if (draft.projectName() == null) {
            problems.add(Fields.PROJECT_NAME, Fields.REQUIRED, "is required: 3 to 50 ASCII letters, digits, '-', '_' "
                    + "or spaces");
        }
        if (!problems.isEmpty()) {
            return null;
        }
        GenerationOptions options = new GenerationOptions(orTrue(draft.includeTests()),
                orTrue(draft.includeDocumentation()), orTrue(draft.includeDocker()), orTrue(draft.includeCI()));
        return BuildConfiguration.builder(draft.platform()).priorities(priorities).features(features)
                .teamSize(teamSize).complexity(complexity).projectName(draft.projectName())
                .description(draft.description() != null ? draft.description() : defaultDescription())
                .options(options).allowDowngrades(Boolean.TRUE.equals(draft.allowDowngrades()))
                .settings(draft.settings() == null ? Map.of() : draft.settings()).sessionSink(sessionSink).build();
    }

    /** None given reads as none: the engine applies the platform's default priorities, for every entry point. */
    private List<Priority> priorities(List<String> ids) {
        return ids == null ? List.of() : CatalogIds.resolve(Priority.class, "priority", Fields.PRIORITIES, ids,
                problems);
    }

    /** "A Discord Bot built with csmb.", or "A chat bot built with csmb." when the platform is unknown. */
    private String defaultDescription() {
        String name = platform.map(PlatformDescriptor::displayName).filter(s -> !s.isBlank()).orElse("chat bot");
        boolean vowel = "AEIOUaeiou".indexOf(name.charAt(0)) >= 0;
        return (vowel ? "An " : "A ") + name + " built with csmb.";
    }

    private static boolean orTrue(Boolean value) {
        return value == null || value;
    }
}
