package dev.csmb.engine;

import dev.csmb.api.Stable;
import java.util.Objects;

/**
 * A platform generator that could not be used, found while the engine was built. The engine keeps working
 * with the other generators; these problems say what was skipped and why.
 *
 * @param kind      what went wrong
 * @param className the offending class (or classes, comma separated), or the service file line when no class loaded
 * @param message   a sentence for people
 */
@Stable
public record DiscoveryProblem(Kind kind, String className, String message) {

    /** What went wrong with a generator. */
    public enum Kind {
        /** The service loader could not load or instantiate a provider. */
        LOAD_FAILED,
        /** The generator threw when asked for its descriptor or SPI version. */
        GENERATOR_FAILED,
        /** Two generators declared the same platform id; neither is used. */
        DUPLICATE_ID,
        /** The generator was built for an SPI version this engine does not support. */
        INCOMPATIBLE_SPI,
        /** No generator was found at all. */
        NONE_FOUND
    }

    public DiscoveryProblem {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(className, "className must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }

    @Override
    public String toString() {
        return kind + " " + className + ": " + message;
    }
}
