package dev.csmb.engine.internal.runtime;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.Complexity;
import dev.csmb.api.Feature;
import dev.csmb.api.GenerationOptions;
import dev.csmb.api.Internal;
import dev.csmb.api.Priority;
import dev.csmb.api.SessionSink;
import dev.csmb.api.TeamSize;
import java.util.Objects;
import java.util.Set;

/**
 * What a runtime module decides on: the configuration, the effective (platform-supported) features and whether the
 * project serves HTTP. Immutable.
 *
 * @param configuration the validated configuration
 * @param features      the features that are generated (chosen and supported by the platform)
 * @param http          whether some selected module serves HTTP, so the core HTTP server is generated; computed by
 *                      {@link RuntimePlan} from {@link RuntimeModule#needsHttp}, false while that is being decided
 */
@Internal
public record Selection(BuildConfiguration configuration, Set<Feature> features, boolean http) {

    public Selection {
        Objects.requireNonNull(configuration, "configuration must not be null");
        features = Set.copyOf(Objects.requireNonNull(features, "features must not be null"));
    }

    /** A selection before the HTTP decision. */
    public static Selection of(BuildConfiguration configuration, Set<Feature> features) {
        return new Selection(configuration, features, false);
    }

    /** A copy with {@code http} changed. */
    public Selection withHttp(boolean value) {
        return new Selection(configuration, features, value);
    }

    /** Whether the priority was chosen. */
    public boolean has(Priority priority) {
        return configuration.priorities().contains(priority);
    }

    /** Whether the feature is generated (chosen and supported). */
    public boolean has(Feature feature) {
        return features.contains(feature);
    }

    /** Whether the bot writes its sessions to Notion or Airtable ({@link #sessionSink()} is not {@code NONE}). */
    public boolean hasSessionSink() {
        return sessionSink() != SessionSink.NONE;
    }

    /** Where the bot also writes one row per session. */
    public SessionSink sessionSink() {
        return configuration.sessionSink();
    }

    public GenerationOptions options() {
        return configuration.options();
    }

    /** Whether the project gets its own tests; a module's {@link RuntimeModule#testFiles} are added only then. */
    public boolean includeTests() {
        return configuration.options().includeTests();
    }

    /** Whether the team is at least {@code size}, e.g. {@code teamAtLeast(TeamSize.SMALL)} for CONTRIBUTING.md. */
    public boolean teamAtLeast(TeamSize size) {
        return configuration.teamSize().compareTo(size) >= 0;
    }

    /** Whether the complexity is at least {@code level}. */
    public boolean complexityAtLeast(Complexity level) {
        return configuration.complexity().compareTo(level) >= 0;
    }

    /**
     * The default session store ({@code SESSION_STORE}): {@code "redis"} when instances share sessions (scalability,
     * real-time-sync), else {@code "sqlite"} when messages must persist, else memory.
     */
    public String store() {
        if (has(Priority.SCALABILITY) || has(Priority.REAL_TIME_SYNC)) {
            return "redis";
        }
        return has(Priority.MESSAGE_PERSISTENCE) ? "sqlite" : "memory";
    }
}
