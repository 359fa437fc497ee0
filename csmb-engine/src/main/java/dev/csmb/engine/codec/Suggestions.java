package dev.csmb.engine.codec;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name a misspelt one was probably meant to be: same letters in another case, or two edits away. */
final class Suggestions {

    private static final int MAX_EDITS = 2;

    private Suggestions() {
    }

    /** The closest of {@code known} to {@code given}, if one is close enough to suggest. */
    static Optional<String> closest(String given, List<String> known) {
        String wanted = given.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = MAX_EDITS + 1;
        for (String candidate : known) {
            int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code " (did you mean "x"?)"} or nothing. */
    static String hint(String given, List<String> known) {
        return closest(given, known).map(s -> " (did you mean \"" + s + "\"?)").orElse("");
    }

    /** Levenshtein distance, giving up early for long strings that cannot be close. */
    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > MAX_EDITS) {
            return MAX_EDITS + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
