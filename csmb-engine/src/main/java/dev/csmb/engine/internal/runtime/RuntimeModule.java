package dev.csmb.engine.internal.runtime;

import dev.csmb.api.Internal;
import dev.csmb.spi.EnvVar;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One concern of the shared Node.js runtime (the core, the stores, a priority, a feature): when it applies and what
 * it adds to the project. {@link RuntimePlan} aggregates the modules of {@link RuntimeModules#ALL}, in that order;
 * the recipe for adding one is in {@code docs/runtime.md}.
 *
 * <p>Every method gets the same {@link Selection} and must be a pure function of it, so generation stays
 * deterministic. Internal: not API.
 */
@Internal
public interface RuntimeModule {

    /**
     * A kebab-case id unique among the modules, e.g. {@code "rate-limit"}. Templates see {@code module.<camelId>}
     * (true when the module applies); the JS side names it {@code install<PascalId>} and {@code config.<camelId>}.
     */
    String id();

    /** Whether the module is part of a project with this selection. Must not look at {@link Selection#http()}. */
    boolean applies(Selection selection);

    /** Project paths the module generates; the template of each is {@code csmb/runtime/<path>.hbs}. */
    default List<String> files(Selection selection) {
        return List.of();
    }

    /** Like {@link #files}, but generated only when the project includes tests. */
    default List<String> testFiles(Selection selection) {
        return List.of();
    }

    /** npm runtime dependencies, name to version range. */
    default Map<String, String> dependencies(Selection selection) {
        return Map.of();
    }

    /** npm development dependencies, name to version range. */
    default Map<String, String> devDependencies(Selection selection) {
        return Map.of();
    }

    /**
     * The environment variables the module reads, in documentation order, each with its default as {@code example}.
     * A name may be declared by one module only. A module with an {@link #entryPoint} reads them in that file's
     * {@code readConfig(env)}; the core modules read theirs in {@code src/config.js}.
     */
    default List<EnvVar> envVars(Selection selection) {
        return List.of();
    }

    /**
     * The project path of the JS file that exports {@code install(runtime)}: one of {@link #files}, under
     * {@code src/core/}, e.g. {@code "src/core/rate-limit.js"}. {@code src/core/runtime.js} imports and installs it, in
     * module order; when the module declares {@link #envVars}, {@code src/config.js} calls the same file's
     * {@code readConfig(env)}.
     */
    default Optional<String> entryPoint(Selection selection) {
        return Optional.empty();
    }

    /**
     * A template (relative to {@code csmb/runtime/}) for the module's README section, e.g.
     * {@code "partials/readme/rate-limit.md.hbs"}: starts with a {@code ##} heading, ends without a blank line.
     */
    default Optional<String> readme(Selection selection) {
        return Optional.empty();
    }

    /** Whether the module mounts routes on the core HTTP server ({@code src/core/http.js}), which is then generated. */
    default boolean needsHttp(Selection selection) {
        return false;
    }
}
