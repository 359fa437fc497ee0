package dev.csmb.spi;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.Feature;
import dev.csmb.api.GeneratedFile;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.api.Priority;
import java.util.Map;
import java.util.Set;

/**
 * What a {@link PlatformGenerator} sees while generating: the validated configuration, the engine's shared
 * runtime, and template rendering. One context serves one generation and is used by one thread.
 *
 * <p>Templates are Handlebars files read from the generator's own class loader. They see the model described
 * in {@code docs/templates.md}; user text in it can only be written through an escaping helper
 * ({@code js}, {@code json}, {@code yaml}, {@code env}, {@code md}, {@code html}).
 */
public interface GenerationContext {

    /** The validated configuration. */
    BuildConfiguration configuration();

    /** The descriptor of the platform being generated. */
    PlatformDescriptor platform();

    /** The chosen priorities. */
    default Set<Priority> priorities() {
        return configuration().priorities();
    }

    /** The features to generate: the chosen ones the platform supports. */
    Set<Feature> features();

    /** Chosen features the platform does not support, dropped because downgrades were allowed. */
    Set<Feature> droppedFeatures();

    /** Whether this priority was chosen. */
    default boolean has(Priority priority) {
        return priorities().contains(priority);
    }

    /** Whether this feature will be generated. */
    default boolean has(Feature feature) {
        return features().contains(feature);
    }

    /**
     * Adds the engine's shared Node.js runtime (package.json, config, core session management, stores, README,
     * tests, Docker and CI files as the options say), fitted with this platform's dependencies and variables.
     */
    void addRuntime(RuntimeSpec spec);

    /**
     * Renders a template from this generator's class loader to a file of the project.
     *
     * @param template the absolute class-path resource, for example {@code "csmb/cli-interface/src/platform/repl.js.hbs"}
     * @param path     the project-relative output path, for example {@code "src/platform/repl.js"}
     */
    void render(String template, String path);

    /** Like {@link #render(String, String)}, with extra model entries visible to that template only. */
    void render(String template, String path, Map<String, Object> extraModel);

    /** Adds a file as is. Its path must be relative, normalized and not added before. */
    void addFile(GeneratedFile file);

    /** Adds a step to the setup instructions shown after generation. */
    void addSetupStep(String step);
}
