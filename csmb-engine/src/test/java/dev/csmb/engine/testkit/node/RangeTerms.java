package dev.csmb.engine.testkit.node;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one term of an npm semver range ({@code ^22}, {@code 22.x}, {@code >=22.13}, {@code ~22.1},
 * {@code 20 - 22}) into plain {@link Bound}s, following node-semver's rules for partial versions and
 * wildcards ({@code x}, {@code X}, {@code *}).
 */
final class RangeTerms {

    private static final Pattern TERM = Pattern.compile("(<=|>=|<|>|=|\\^|~)?(.*)");
    private static final int ANY = -1;
    private static final List<Bound> EVERYTHING = List.of(new Bound(">=", new NodeVersion(0, 0, 0)));
    private static final List<Bound> NOTHING = List.of(new Bound("<", new NodeVersion(0, 0, 0)));

    private RangeTerms() {
    }

    /** The bounds of one term, for example {@code ^22.13} → {@code >=22.13.0 <23.0.0}. */
    static List<Bound> term(String text) {
        Matcher matcher = TERM.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a range term: '" + text + "'");
        }
        String operator = matcher.group(1) == null ? "" : matcher.group(1);
        if (!operator.isEmpty() && matcher.group(2).isEmpty()) {
            throw new IllegalArgumentException("'" + operator + "' needs a version after it");
        }
        int[] v = partial(matcher.group(2));
        int major = v[0];
        int minor = v[1];
        int patch = v[2];
        if (major == ANY) {
            return operator.equals("<") || operator.equals(">") ? NOTHING : EVERYTHING;
        }
        return switch (operator) {
            case "", "=" -> minor == ANY ? between(major, 0, 0, major + 1, 0, 0)
                    : patch == ANY ? between(major, minor, 0, major, minor + 1, 0)
                    : List.of(bound("=", major, minor, patch));
            case "^" -> caret(major, minor, patch);
            case "~" -> minor == ANY ? between(major, 0, 0, major + 1, 0, 0)
                    : between(major, minor, zero(patch), major, minor + 1, 0);
            case ">=" -> List.of(bound(">=", major, zero(minor), zero(patch)));
            case "<" -> List.of(bound("<", major, zero(minor), zero(patch)));
            case ">" -> minor == ANY ? List.of(bound(">=", major + 1, 0, 0))
                    : patch == ANY ? List.of(bound(">=", major, minor + 1, 0)) : List.of(bound(">", major, minor, patch));
            case "<=" -> List.of(upperInclusive(major, minor, patch));
            default -> throw new IllegalStateException(operator);
        };
    }

    /** The bounds of a hyphen range {@code from - to}; a partial upper end includes all of it. */
    static List<Bound> hyphen(String from, String to) {
        int[] low = partial(from);
        int[] high = partial(to);
        Bound lower = bound(">=", zero(low[0]), zero(low[1]), zero(low[2]));
        return high[0] == ANY ? List.of(lower) : List.of(lower, upperInclusive(high[0], high[1], high[2]));
    }

    private static List<Bound> caret(int major, int minor, int patch) {
        if (minor == ANY) {
            return between(major, 0, 0, major + 1, 0, 0);
        } else if (major > 0) {
            return between(major, minor, zero(patch), major + 1, 0, 0);
        } else if (minor > 0 || patch == ANY) {
            return between(0, minor, zero(patch), 0, minor + 1, 0);
        }
        return between(0, 0, patch, 0, 0, patch + 1);
    }

    private static Bound upperInclusive(int major, int minor, int patch) {
        return minor == ANY ? bound("<", major + 1, 0, 0)
                : patch == ANY ? bound("<", major, minor + 1, 0) : bound("<=", major, minor, patch);
    }

    private static List<Bound> between(int lowMajor, int lowMinor, int lowPatch, int highMajor, int highMinor,
                                       int highPatch) {
        return List.of(bound(">=", lowMajor, lowMinor, lowPatch), bound("<", highMajor, highMinor, highPatch));
    }

    private static Bound bound(String operator, int major, int minor, int patch) {
        return new Bound(operator, new NodeVersion(major, minor, patch));
    }

    private static int zero(int part) {
        return part == ANY ? 0 : part;
    }

    /** {@code 22.13} → {@code [22, 13, ANY]}; a wildcard makes every later part a wildcard too. */
    private static int[] partial(String text) {
        String version = text.startsWith("v") ? text.substring(1) : text;
        int[] parts = {ANY, ANY, ANY};
        if (version.isEmpty()) {
            return parts;
        }
        String[] pieces = version.split("\\.", -1);
        if (pieces.length > 3) {
            throw new IllegalArgumentException("not a version: '" + text + "'");
        }
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i];
            if (piece.equals("x") || piece.equals("X") || piece.equals("*")) {
                return parts;
            } else if (!piece.matches("\\d{1,9}")) {
                throw new IllegalArgumentException("not a version: '" + text + "'");
            }
            parts[i] = Integer.parseInt(piece);
        }
        return parts;
    }
}
