package dev.csmb.engine.testkit.node;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Node.js installation to run a project's commands with: the machine's own {@code node} when it satisfies the
 * project's {@code engines.node}, otherwise a release installed from the npm registry into a cache.
 *
 * <p>The cache is {@code ~/.cache/csmb/node}, or the folder named by the system property {@code csmb.node.cache}.
 * npm itself is the machine's: it runs on whichever {@code node} comes first on the PATH, which is this one.
 * Resolutions are remembered per range for the life of the JVM.
 */
public final class NodeToolchain {

    /** The system property naming the cache folder for installed Node.js releases. */
    public static final String CACHE_PROPERTY = "csmb.node.cache";

    private static final Map<NodeVersionRange, NodeToolchain> RESOLVED = new ConcurrentHashMap<>();

    private final NodeVersion version;
    private final Path binDirectory;
    private final boolean installed;

    private NodeToolchain(NodeVersion version, Path binDirectory, boolean installed) {
        this.version = version;
        this.binDirectory = binDirectory;
        this.installed = installed;
    }

    /** A Node.js satisfying {@code range}, installing one if the machine's does not. */
    public static NodeToolchain satisfying(NodeVersionRange range) {
        Objects.requireNonNull(range, "range must not be null");
        return RESOLVED.computeIfAbsent(range, NodeToolchain::resolve);
    }

    /** The {@code node} first on the JVM's PATH, if there is one that answers {@code --version}. */
    public static Optional<NodeToolchain> system() {
        Optional<Path> node = CommandRunner.which("node", System.getenv().getOrDefault("PATH", ""));
        if (node.isEmpty()) {
            return Optional.empty();
        }
        CommandResult result = CommandRunner.run(List.of(node.get().toString(), "--version"),
                Path.of(System.getProperty("user.dir")), Map.of(), Duration.ofMinutes(1));
        try {
            return result.succeeded() ? Optional.of(new NodeToolchain(NodeVersion.parse(result.output()),
                    node.get().getParent(), false)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Where installed releases are kept. */
    public static Path cache() {
        String configured = System.getProperty(CACHE_PROPERTY);
        return configured != null && !configured.isBlank() ? Path.of(configured).toAbsolutePath()
                : Path.of(System.getProperty("user.home"), ".cache", "csmb", "node");
    }

    private static NodeToolchain resolve(NodeVersionRange range) {
        Optional<NodeToolchain> system = system();
        if (system.isPresent() && range.satisfiedBy(system.get().version)) {
            return system.get();
        }
        NodeVersion version = NodeReleases.latest(range);
        Path home = NodeInstaller.install(NodeReleases.packageName(), version, cache());
        return new NodeToolchain(version, home.resolve("bin"), true);
    }

    /** The Node.js version. */
    public NodeVersion version() {
        return version;
    }

    /** The folder holding {@code node}. */
    public Path binDirectory() {
        return binDirectory;
    }

    /** Whether it was installed into the cache rather than found on the machine. */
    public boolean installed() {
        return installed;
    }

    /**
     * The environment additions for commands run with this Node.js: its folder first on the PATH, no npm update
     * check, and for an installed release its headers for native add-ons (so node-gyp downloads nothing).
     */
    public Map<String, String> environment() {
        String path = binDirectory + File.pathSeparator + System.getenv().getOrDefault("PATH", "");
        return installed
                ? Map.of("PATH", path, "npm_config_update_notifier", "false",
                        "npm_config_nodedir", binDirectory.getParent().toString())
                : Map.of("PATH", path, "npm_config_update_notifier", "false");
    }

    @Override
    public String toString() {
        return "Node.js " + version + " in " + binDirectory + (installed ? " (installed)" : " (machine)");
    }
}
