package dev.csmb.engine;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.Experimental;
import dev.csmb.api.GeneratedSolution;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.api.Stable;
import dev.csmb.api.ValidationResult;
import dev.csmb.spi.PlatformGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The csmb engine: finds platform generators, validates configurations and generates projects.
 *
 * <p>Immutable and thread-safe once built; build one and share it.
 *
 * <p>A configuration that names no priorities gets the platform's
 * {@linkplain PlatformDescriptor#defaultPriorities() default priorities}, here, whether it came from
 * {@link BuildConfiguration#builder}, a file read by the codec or a command line.
 *
 * <p>Duplicate platform ids: when several generators declare one id, the one with the strongest standing is
 * used — a generator added with {@link Builder#generator}, then csmb's own built-in generators (classes in
 * {@code dev.csmb.platform.*}), then plugins discovered on the class path. A built-in never disappears because a
 * plugin copied its id. When two or more share the strongest standing, none of them is used (class path order
 * never decides). Every generator not used is listed in {@link #discoveryProblems()} as
 * {@link DiscoveryProblem.Kind#DUPLICATE_ID}, naming both providers with their jars; validating a configuration
 * for an id left without a generator says why ({@code platform-unavailable}).
 *
 * <pre>{@code
 * CsmbEngine engine = CsmbEngine.builder().build();
 * GeneratedSolution solution = engine.generate(configuration);
 * }</pre>
 */
@Stable
public final class CsmbEngine {

    private final dev.csmb.engine.internal.EngineCore core;

    private CsmbEngine(dev.csmb.engine.internal.EngineCore core) {
        this.core = core;
    }

    /** A builder with auto-discovery on, using the thread's context class loader. */
    public static Builder builder() {
        return new Builder();
    }

    /** The descriptors of every usable platform, sorted by id. */
    public List<PlatformDescriptor> platforms() {
        return core.platforms();
    }

    /** The descriptor of the platform with this id. */
    public Optional<PlatformDescriptor> platform(String id) {
        return core.platform(id);
    }

    /** Generators that were found but could not be used, with the reason. */
    public List<DiscoveryProblem> discoveryProblems() {
        return core.discoveryProblems();
    }

    /**
     * Checks a configuration against the catalog's rules and the platform's own, after applying the platform's
     * default priorities. Missing values are violations ({@code required}), never exceptions.
     *
     * @throws dev.csmb.api.DefinitionException when the platform's generator fails while validating
     */
    public ValidationResult validate(BuildConfiguration configuration) {
        return core.validate(Objects.requireNonNull(configuration, "configuration must not be null"));
    }

    /**
     * Generates the project in memory.
     *
     * @throws dev.csmb.api.InvalidInputException when validation finds errors
     * @throws dev.csmb.api.DefinitionException   when the platform's generator or a template is broken
     */
    public GeneratedSolution generate(BuildConfiguration configuration) {
        return core.generate(Objects.requireNonNull(configuration, "configuration must not be null"));
    }

    /**
     * Starts, on a daemon thread, the one-time set-up that the first {@link #validate} or {@link #generate} in this
     * JVM would otherwise do itself (Hibernate Validator's bootstrap: a few hundred classes, most of a first
     * validation; then the template parser's first compilation), and returns at once. An application with other start-up work to do meanwhile (a command line
     * parsing its arguments, discovering platforms) calls it first, so the two overlap on a second core. Never
     * needed for correctness; calling it again starts nothing new.
     */
    @Experimental
    public static void prepareInBackground() {
        dev.csmb.engine.internal.Preparation.startInBackground();
    }

    /** Configures and builds a {@link CsmbEngine}. */
    public static final class Builder {
        private ClassLoader classLoader;
        private boolean autoDiscovery = true;
        private final List<PlatformGenerator> generators = new ArrayList<>();

        private Builder() {
        }

        /** The class loader to discover generators with (default: the thread's context class loader). */
        public Builder classLoader(ClassLoader value) {
            this.classLoader = Objects.requireNonNull(value, "classLoader must not be null");
            return this;
        }

        /** Whether to discover generators through {@link java.util.ServiceLoader} (default true). */
        public Builder autoDiscovery(boolean value) {
            this.autoDiscovery = value;
            return this;
        }

        /** Adds a generator explicitly, in addition to any discovered. */
        public Builder generator(PlatformGenerator value) {
            generators.add(Objects.requireNonNull(value, "generator must not be null"));
            return this;
        }

        /** Discovers generators, compiles the shared templates and returns the engine. */
        public CsmbEngine build() {
            ClassLoader loader = classLoader != null ? classLoader : Thread.currentThread().getContextClassLoader();
            if (loader == null) {
                loader = CsmbEngine.class.getClassLoader();
            }
            return new CsmbEngine(dev.csmb.engine.internal.EngineCore.create(loader, autoDiscovery, generators));
        }
    }
}
