package dev.csmb.engine;

import dev.csmb.api.Stable;
import java.util.Objects;

/**
 * A platform generator that could not be used, found while the engine was built. The engine keeps working
 * with the other generators; these problems say what was skipped and why.
 *
 * <p>One problem names one provider. When several generators declare one platform id, each generator that is
 * not used gets its own problem, whose message names the other providers (class and jar). See
 * {@link CsmbEngine} for the duplicate-id policy.
 *
 * @param kind       what went wrong
 * @param className  the generator class that could not be used; for a provider the service loader could not
 *                   even name, the service file and line it failed on ({@code jar:…!/META-INF/services/…:3}) or
 *                   the service file's name; empty only for {@link Kind#NONE_FOUND}
 * @param platformId the platform id the generator declared, or empty when it declared none that could be read
 * @param message    a sentence for people, with plugin-supplied text made printable
 */
@Stable
public record DiscoveryProblem(Kind kind, String className, String platformId, String message) {

    /** What went wrong with a generator. */
    public enum Kind {
        /** The service loader could not load or instantiate a provider. */
        LOAD_FAILED,
        /** The generator threw when asked for its descriptor or SPI version, or its descriptor breaks the rules. */
        GENERATOR_FAILED,
        /** Another generator with the same platform id was chosen over this one (or neither was used). */
        DUPLICATE_ID,
        /** The generator was built for an SPI version this engine does not support. */
        INCOMPATIBLE_SPI,
        /** No generator was found at all. */
        NONE_FOUND
    }

    public DiscoveryProblem {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(className, "className must not be null");
        Objects.requireNonNull(platformId, "platformId must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }

    /** The kind as a short code for messages: {@code duplicate-id}. */
    public String code() {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return (className.isEmpty() ? "" : className + ": ") + message + " [" + code() + "]";
    }
}
