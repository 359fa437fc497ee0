package dev.csmb.spi;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.api.Stable;
import dev.csmb.api.Violation;
import java.util.List;
import java.util.Optional;

/**
 * Generates the project for one platform. Implementations are found through {@link java.util.ServiceLoader}
 * (register with {@code @AutoService(PlatformGenerator.class)}) or handed to the engine's builder directly.
 *
 * <p>Generation has two phases. First the platform <em>declares</em> what it adds to the engine's shared runtime
 * ({@link #runtime}); then it <em>contributes</em> its own files ({@link #generate}). The engine assembles the
 * runtime from the declaration and renders every file only after both, so the order of calls never changes the
 * output: every template sees the complete model.
 *
 * <p>Implementations must be stateless and thread-safe: the engine calls them concurrently.
 */
@Stable
public interface PlatformGenerator {

    /**
     * The SPI version this API defines. Version 2 added {@link #runtime}, {@link GenerationContext#render(String)}
     * and {@link GenerationContext#renderLocales}; the engine still drives generators built for version 1.
     */
    int SPI_VERSION = 2;

    /**
     * The SPI version this generator was compiled against. Implement it as {@code return SPI_VERSION;}: the
     * constant is inlined at compile time, so it records the version the plugin was built with.
     */
    int spiVersion();

    /** What this generator offers; its {@code id} is the platform's wire id and must be unique. */
    PlatformDescriptor descriptor();

    /**
     * Checks that only this platform knows about, after the catalog's rules have passed. Feature support is
     * checked by the engine from {@link PlatformDescriptor#supportedFeatures()}; do not repeat it here.
     */
    default List<Violation> validate(BuildConfiguration configuration) {
        return List.of();
    }

    /**
     * Declares what this platform adds to the engine's shared Node.js runtime (package.json, config, core session
     * management, stores, README, tests, Docker and CI files as the options say): its npm packages, variables,
     * README section and setup steps. Empty when the platform does not use the shared runtime.
     *
     * @param context the generation being prepared; read the configuration from it, files are contributed in
     *                {@link #generate}
     * @since SPI version 2
     */
    default Optional<RuntimeSpec> runtime(GenerationContext context) {
        return Optional.empty();
    }

    /** Contributes this platform's own files to the context. Called only with a valid configuration. */
    void generate(GenerationContext context);
}
