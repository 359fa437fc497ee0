package dev.csmb.engine.testkit.node;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Node.js release version, {@code major.minor.patch}, as {@code node --version} and the npm registry print it
 * (with or without a leading {@code v}). Pre-release versions are not Node.js releases and are refused.
 *
 * @param major the major version, for example 22
 * @param minor the minor version
 * @param patch the patch version
 */
public record NodeVersion(int major, int minor, int patch) implements Comparable<NodeVersion> {

    private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.(\\d+)\\.(\\d+)");
    private static final Comparator<NodeVersion> ORDER = Comparator.comparingInt(NodeVersion::major)
            .thenComparingInt(NodeVersion::minor).thenComparingInt(NodeVersion::patch);

    public NodeVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("version numbers must not be negative: " + major + "." + minor + "." + patch);
        }
    }

    /** Parses {@code 22.13.0} or {@code v22.13.0}, surrounding whitespace ignored. */
    public static NodeVersion parse(String text) {
        Matcher matcher = VERSION.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a Node.js version (major.minor.patch): '" + text + "'");
        }
        return new NodeVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)));
    }

    @Override
    public int compareTo(NodeVersion other) {
        return ORDER.compare(this, other);
    }

    /** For example {@code 22.13.0}, without {@code v}. */
    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
