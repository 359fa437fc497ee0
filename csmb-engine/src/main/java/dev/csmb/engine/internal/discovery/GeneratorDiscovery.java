package dev.csmb.engine.internal.discovery;

import dev.csmb.api.Internal;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.engine.DiscoveryProblem;
import dev.csmb.engine.DiscoveryProblem.Kind;
import dev.csmb.spi.PlatformGenerator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds platform generators and sorts out the ones that cannot be used, reporting each instead of failing.
 * Walks the service loader's iterator by hand so one bad provider cannot hide the others.
 */
@Internal
public final class GeneratorDiscovery {

    /**
     * The SPI versions this engine can drive, oldest first. Version 1 generators never override the version 2
     * additions (their defaults apply) and declare their runtime through the context, which version 2 still takes.
     */
    public static final List<Integer> SUPPORTED_SPI_VERSIONS = List.of(1, PlatformGenerator.SPI_VERSION);

    private static final Pattern PROVIDER_NAME = Pattern.compile("Provider (\\S+)");
    private static final Pattern PLATFORM_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,49}");
    private static final int MAX_LOAD_ERRORS = 1000;

    private GeneratorDiscovery() {
    }

    /** Discovers through {@code loader} when {@code auto} is set, then adds the explicit generators. */
    public static Discovered discover(ClassLoader loader, boolean auto, List<PlatformGenerator> explicit) {
        List<DiscoveryProblem> problems = new ArrayList<>();
        Map<String, PlatformGenerator> candidates = new LinkedHashMap<>();
        if (auto) {
            load(loader, candidates, problems);
        }
        for (PlatformGenerator generator : explicit) {
            candidates.put(generator.getClass().getName() + "@" + System.identityHashCode(generator), generator);
        }
        Map<String, List<Checked>> byId = new TreeMap<>();
        for (PlatformGenerator generator : dedupe(candidates, explicit)) {
            Checked checked = check(generator, problems);
            if (checked != null) {
                byId.computeIfAbsent(checked.descriptor.id(), id -> new ArrayList<>()).add(checked);
            }
        }
        Map<String, PlatformGenerator> usable = new TreeMap<>();
        byId.forEach((id, list) -> {
            if (list.size() == 1) {
                usable.put(id, list.get(0).generator);
            } else {
                String classes = list.stream().map(c -> c.generator.getClass().getName()).sorted()
                        .collect(Collectors.joining(", "));
                problems.add(new DiscoveryProblem(Kind.DUPLICATE_ID, classes,
                        "platform id '" + id + "' is declared by " + list.size() + " generators (" + classes
                                + "); none of them is used until only one remains"));
            }
        });
        if (usable.isEmpty()) {
            problems.add(new DiscoveryProblem(Kind.NONE_FOUND, "",
                    "no usable platform generator was found; add a csmb-platform-* module to the class path"));
        }
        return new Discovered(usable, problems);
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
                problems.add(new DiscoveryProblem(Kind.LOAD_FAILED, providerName(e), "could not be loaded: "
                        + describe(e)));
            }
        }
    }

    /** An explicitly added generator replaces a discovered one of the same class. */
    private static List<PlatformGenerator> dedupe(Map<String, PlatformGenerator> candidates,
                                                  List<PlatformGenerator> explicit) {
        Set<String> explicitClasses = explicit.stream().map(g -> g.getClass().getName()).collect(Collectors.toSet());
        List<PlatformGenerator> result = new ArrayList<>();
        candidates.forEach((key, generator) -> {
            boolean discovered = !key.contains("@");
            if (!(discovered && explicitClasses.contains(key))) {
                result.add(generator);
            }
        });
        return result;
    }

    private static Checked check(PlatformGenerator generator, List<DiscoveryProblem> problems) {
        String className = generator.getClass().getName();
        try {
            int version = generator.spiVersion();
            if (!SUPPORTED_SPI_VERSIONS.contains(version)) {
                problems.add(new DiscoveryProblem(Kind.INCOMPATIBLE_SPI, className, "was built for SPI version "
                        + version + "; this engine supports " + SUPPORTED_SPI_VERSIONS));
                return null;
            }
            PlatformDescriptor descriptor = generator.descriptor();
            if (descriptor == null || !PLATFORM_ID.matcher(descriptor.id()).matches()) {
                problems.add(new DiscoveryProblem(Kind.GENERATOR_FAILED, className, "declares an invalid platform id "
                        + (descriptor == null ? "(no descriptor)" : "'" + descriptor.id() + "'")
                        + "; ids are 1-50 lower-case letters, digits and '-'"));
                return null;
            }
            return new Checked(generator, descriptor);
        } catch (RuntimeException | LinkageError e) {
            problems.add(new DiscoveryProblem(Kind.GENERATOR_FAILED, className, "threw while describing itself: "
                    + describe(e)));
            return null;
        }
    }

    private static String providerName(Throwable e) {
        Matcher m = PROVIDER_NAME.matcher(String.valueOf(e.getMessage()));
        return m.find() ? m.group(1) : "(unknown provider)";
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            text.append(" (caused by ").append(root.getClass().getSimpleName()).append(": ")
                    .append(root.getMessage()).append(')');
        }
        return text.toString();
    }

    private record Checked(PlatformGenerator generator, PlatformDescriptor descriptor) {
    }
}
