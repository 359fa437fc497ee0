package dev.csmb.engine.internal.discovery;

import dev.csmb.api.Internal;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.engine.DiscoveryProblem;
import dev.csmb.engine.DiscoveryProblem.Kind;
import dev.csmb.engine.escape.MessageText;
import dev.csmb.spi.PlatformGenerator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds platform generators and sorts out the ones that cannot be used, reporting each instead of failing.
 * Walks the service loader's iterator by hand so one bad provider cannot hide the others. Several generators
 * with one id are settled by {@link DuplicateIds}.
 */
@Internal
public final class GeneratorDiscovery {

    /**
     * The SPI versions this engine can drive, oldest first. Version 1 generators never override the version 2
     * additions (their defaults apply) and declare their runtime through the context, which version 2 still takes.
     */
    public static final List<Integer> SUPPORTED_SPI_VERSIONS = List.of(1, PlatformGenerator.SPI_VERSION);

    private static final Pattern PROVIDER_NAME = Pattern.compile("Provider (\\S+)");
    private static final Pattern SERVICE_LINE = Pattern.compile("(\\S+META-INF/services/\\S+?:\\d+):");
    private static final int MAX_LOAD_ERRORS = 1000;

    private GeneratorDiscovery() {
    }

    /** Discovers through {@code loader} when {@code auto} is set, then adds the explicit generators. */
    public static Discovered discover(ClassLoader loader, boolean auto, List<PlatformGenerator> explicit) {
        List<DiscoveryProblem> problems = new ArrayList<>();
        Map<String, PlatformGenerator> discovered = new LinkedHashMap<>();
        if (auto) {
            load(loader, discovered, problems);
        }
        // An explicitly added generator replaces a discovered one of the same class.
        explicit.forEach(g -> discovered.remove(g.getClass().getName()));
        Map<String, List<Provider>> byId = new TreeMap<>();
        discovered.values().forEach(g -> check(g, false, problems).ifPresent(p -> byId(byId, p)));
        explicit.forEach(g -> check(g, true, problems).ifPresent(p -> byId(byId, p)));
        Map<String, PlatformGenerator> usable = new TreeMap<>();
        Map<String, PlatformDescriptor> descriptors = new TreeMap<>();
        byId.forEach((id, providers) -> DuplicateIds.resolve(id, providers, problems).ifPresent(p -> {
            usable.put(id, p.generator());
            descriptors.put(id, p.descriptor());
        }));
        if (usable.isEmpty()) {
            problems.add(new DiscoveryProblem(Kind.NONE_FOUND, "", "", "no usable platform generator was found; "
                    + "add a csmb-platform-* module to the class path"));
        }
        return new Discovered(usable, descriptors, problems);
    }

    private static void byId(Map<String, List<Provider>> byId, Provider provider) {
        byId.computeIfAbsent(provider.descriptor().id(), id -> new ArrayList<>()).add(provider);
    }

    private static void load(ClassLoader loader, Map<String, PlatformGenerator> out, List<DiscoveryProblem> problems) {
        Iterator<PlatformGenerator> it = ServiceLoader.load(PlatformGenerator.class, loader).iterator();
        int errors = 0;
        while (errors < MAX_LOAD_ERRORS) {
            try {
                if (!it.hasNext()) {
                    return;
                }
                PlatformGenerator generator = it.next();
                out.putIfAbsent(generator.getClass().getName(), generator);
            } catch (ServiceConfigurationError | LinkageError e) {
                errors++;
                problems.add(new DiscoveryProblem(Kind.LOAD_FAILED, providerName(e), "", "could not be loaded: "
                        + describe(e)));
            }
        }
    }

    private static Optional<Provider> check(PlatformGenerator generator, boolean explicit,
                                            List<DiscoveryProblem> problems) {
        String className = generator.getClass().getName();
        try {
            int version = generator.spiVersion();
            if (!SUPPORTED_SPI_VERSIONS.contains(version)) {
                problems.add(new DiscoveryProblem(Kind.INCOMPATIBLE_SPI, className, "", "was built for SPI version "
                        + version + "; this engine supports " + SUPPORTED_SPI_VERSIONS));
                return Optional.empty();
            }
            PlatformDescriptor descriptor = generator.descriptor();
            Optional<String> problem = DescriptorRules.problem(descriptor);
            if (problem.isPresent()) {
                problems.add(new DiscoveryProblem(Kind.GENERATOR_FAILED, className, "", problem.get()));
                return Optional.empty();
            }
            return Optional.of(new Provider(generator, descriptor, explicit));
        } catch (RuntimeException | Error e) {
            if (PluginCalls.isFatal(e)) {
                throw e;
            }
            problems.add(new DiscoveryProblem(Kind.GENERATOR_FAILED, className, "", "threw while describing itself: "
                    + PluginCalls.summary(e)));
            return Optional.empty();
        }
    }

    /**
     * The provider class the service loader names, else the service file and line it could not read (an
     * unreadable file, a malformed line), else the service file's name: never a placeholder.
     */
    private static String providerName(Throwable e) {
        String message = String.valueOf(e.getMessage());
        Matcher provider = PROVIDER_NAME.matcher(message);
        if (provider.find()) {
            return MessageText.printable(provider.group(1));
        }
        Matcher line = SERVICE_LINE.matcher(message);
        return MessageText.printable(line.find() ? line.group(1)
                : "META-INF/services/" + PlatformGenerator.class.getName());
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            text.append(" (caused by ").append(PluginCalls.summary(root)).append(')');
        }
        return MessageText.printable(text.toString());
    }
}
