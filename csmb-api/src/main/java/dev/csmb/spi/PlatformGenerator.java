package dev.csmb.spi;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.api.Violation;
import java.util.List;

/**
 * Generates the project for one platform. Implementations are found through {@link java.util.ServiceLoader}
 * (register with {@code @AutoService(PlatformGenerator.class)}) or handed to the engine's builder directly.
 *
 * <p>Implementations must be stateless and thread-safe: the engine calls them concurrently.
 */
public interface PlatformGenerator {

    /** The SPI version this API defines. The engine refuses generators built for a version it does not support. */
    int SPI_VERSION = 1;

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

    /** Adds this platform's files to the context. Called only with a valid configuration. */
    void generate(GenerationContext context);
}
