package dev.csmb.engine.testkit.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An npm semver range as written in a package.json's {@code engines.node}, such as {@code >=22.13.0},
 * {@code ^22}, {@code 22.x}, {@code ~22.13}, {@code 20 - 22} or {@code ^20.19 || >=22.12}.
 *
 * <p>Covers the grammar of node-semver's ranges for release versions: comparators, partial versions and
 * wildcards, caret, tilde, hyphen ranges, and {@code ||} alternatives. Pre-release tags are refused.
 */
public final class NodeVersionRange {

    private static final Pattern OPERATOR_SPACE = Pattern.compile("(<=|>=|<|>|=|\\^|~)\\s+");
    private static final Pattern HYPHEN = Pattern.compile("(\\S+)\\s+-\\s+(\\S+)");

    private final String text;
    private final List<List<Bound>> alternatives;

    private NodeVersionRange(String text, List<List<Bound>> alternatives) {
        this.text = text;
        this.alternatives = alternatives;
    }

    /**
     * Parses a range.
     *
     * @throws IllegalArgumentException when it is not a range this class understands
     */
    public static NodeVersionRange parse(String text) {
        Objects.requireNonNull(text, "text must not be null");
        List<List<Bound>> alternatives = new ArrayList<>();
        for (String alternative : text.split("\\|\\|", -1)) {
            String range = OPERATOR_SPACE.matcher(alternative.strip()).replaceAll("$1");
            Matcher hyphen = HYPHEN.matcher(range);
            List<Bound> bounds = new ArrayList<>();
            try {
                if (hyphen.matches()) {
                    bounds.addAll(RangeTerms.hyphen(hyphen.group(1), hyphen.group(2)));
                } else {
                    for (String term : range.isEmpty() ? new String[] {""} : range.split("\\s+")) {
                        bounds.addAll(RangeTerms.term(term));
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not a version range: '" + text + "' (" + e.getMessage() + ")", e);
            }
            alternatives.add(List.copyOf(bounds));
        }
        return new NodeVersionRange(text.strip(), List.copyOf(alternatives));
    }

    /** Whether {@code version} is in this range. */
    public boolean satisfiedBy(NodeVersion version) {
        Objects.requireNonNull(version, "version must not be null");
        return alternatives.stream().anyMatch(bounds -> bounds.stream().allMatch(b -> b.test(version)));
    }

    /** The plain comparators this range means, for example {@code >=22.0.0 <23.0.0} for {@code 22.x}. */
    public String desugared() {
        List<String> parts = new ArrayList<>();
        for (List<Bound> bounds : alternatives) {
            parts.add(String.join(" ", bounds.stream().map(Bound::toString).toList()));
        }
        return String.join(" || ", parts);
    }

    /** The range as written. */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NodeVersionRange other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
