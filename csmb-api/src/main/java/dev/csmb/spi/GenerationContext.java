package dev.csmb.spi;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.DefinitionException;
import dev.csmb.api.Feature;
import dev.csmb.api.GeneratedFile;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.api.PlatformSetting;
import dev.csmb.api.Priority;
import dev.csmb.api.Stable;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a {@link PlatformGenerator} sees while generating: the validated configuration and the platform's file
 * contributions. One context serves one generation and is used by one thread.
 *
 * <p>Contributions are recorded, not rendered on the spot: the engine renders every template after the platform
 * has declared its runtime and contributed its files, so calls may come in any order.
 *
 * <p>Templates are Handlebars files read from the generator's own class loader: a file {@code x} comes from
 * {@code x.hbs} when that exists, else {@code x} is copied verbatim. They see the model described in
 * {@code docs/templates.md}; user text in it can only be written through an escaping helper ({@code js},
 * {@code json}, {@code yaml}, {@code env}, {@code md}, {@code html}).
 */
@Stable
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

    /**
     * The effective value of one of this platform's settings: the configuration's, or the descriptor's default when
     * the configuration does not name it (the engine fills in every declared setting before generating).
     *
     * @param name a setting this platform's descriptor declares, for example {@code "mode"}
     * @throws DefinitionException when the descriptor declares no such setting: a plugin bug
     * @since SPI version 2
     */
    default String setting(String name) {
        String value = configuration().settings().get(name);
        if (value == null || platform().setting(name).isEmpty()) {
            throw new DefinitionException("platform " + platform().id() + " asked for the setting '"
                    + name + "', which its descriptor does not declare (declared: " + platform().settings().stream()
                    .map(PlatformSetting::name).collect(Collectors.joining(", "))
                    + ")");
        }
        return value;
    }

    /** Whether this priority was chosen. */
    default boolean has(Priority priority) {
        return priorities().contains(priority);
    }

    /** Whether this feature will be generated. */
    default boolean has(Feature feature) {
        return features().contains(feature);
    }

    /**
     * Declares the engine's shared runtime for this project, like returning {@code spec} from
     * {@link PlatformGenerator#runtime}. At most one declaration per generation.
     *
     * @deprecated for generators built for SPI version 1; declare the runtime in {@link PlatformGenerator#runtime}
     */
    @Deprecated
    void addRuntime(RuntimeSpec spec);

    /**
     * Renders the project file {@code path} from this platform's resources by convention: the template
     * {@code csmb/<platform-id>/<path>.hbs}, or the static file {@code csmb/<platform-id>/<path>}.
     *
     * @param path the project-relative output path, for example {@code "src/platform/adapter.js"}
     * @since SPI version 2
     */
    void render(String path);

    /**
     * Renders this platform's message catalogs by the one locale rule: {@code locales/<part>.en.json} always, and
     * its translations ({@code es}, {@code de}) when multi-language is generated. Each is rendered like
     * {@link #render(String)}.
     *
     * @param part the catalog's name, for example {@code "platform"}
     * @since SPI version 2
     */
    void renderLocales(String part);

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

    /** Adds a step to the setup instructions shown after generation; they come before the runtime's steps. */
    void addSetupStep(String step);
}
