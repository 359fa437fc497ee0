package dev.csmb.cli;

import dev.csmb.api.InvalidInputException;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.api.Violation;
import dev.csmb.engine.CsmbEngine;
import dev.csmb.engine.codec.ConfigurationCodec;
import dev.csmb.engine.escape.MessageText;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Holds the one engine a CLI run uses, and the codec that reads configurations against its platforms. Both are
 * built on first use, so {@code --help}, {@code --version} and parse errors never pay for discovery.
 */
final class EngineHolder {

    private final Supplier<CsmbEngine> factory;
    private CsmbEngine engine;
    private ConfigurationCodec codec;

    /** An engine with auto-discovery on the class path, as the shaded jar ships it. */
    EngineHolder() {
        this(() -> CsmbEngine.builder().classLoader(EngineHolder.class.getClassLoader()).build());
    }

    /** An engine from this factory, for tests and embedders that add generators explicitly. */
    EngineHolder(Supplier<CsmbEngine> factory) {
        this.factory = Objects.requireNonNull(factory, "factory must not be null");
    }

    /** The engine, built on the first call. */
    synchronized CsmbEngine engine() {
        if (engine == null) {
            engine = Objects.requireNonNull(factory.get(), "the engine factory returned null");
        }
        return engine;
    }

    /**
     * The descriptor of this platform.
     *
     * @param field how the command line names the id, for the error message ({@code ""} for none)
     * @throws InvalidInputException naming the known platforms when there is none with this id
     */
    PlatformDescriptor platform(String id, String field) {
        CsmbEngine current = engine();
        return current.platform(id).orElseThrow(() -> new InvalidInputException(Violation.error(field,
                "unknown-platform", "unknown platform " + MessageText.name(id) + "; " + known(current))));
    }

    private static String known(CsmbEngine engine) {
        String ids = engine.platforms().stream().map(PlatformDescriptor::id).collect(Collectors.joining(", "));
        return ids.isEmpty() ? "no platforms are installed; add a csmb-platform-* module to the class path"
                : "known: " + ids;
    }

    /** The codec that resolves platform ids (for the default complexity and description) through the engine. */
    synchronized ConfigurationCodec codec() {
        if (codec == null) {
            CsmbEngine current = engine();
            codec = new ConfigurationCodec(current::platform);
        }
        return codec;
    }
}
