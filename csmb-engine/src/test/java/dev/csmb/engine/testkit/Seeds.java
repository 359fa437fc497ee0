package dev.csmb.engine.testkit;

import java.security.SecureRandom;

/**
 * The seed for property tests: {@code -Dcsmb.seed=<number>} when given (to reproduce a failure), otherwise a
 * new random one per test run, so every run explores other inputs. Tests must show it in display names and
 * assertion messages.
 */
public final class Seeds {

    /** The system property that fixes the seed. */
    public static final String PROPERTY = "csmb.seed";

    private static final long RUN_SEED = initial();

    private Seeds() {
    }

    /** This run's seed. */
    public static long seed() {
        return RUN_SEED;
    }

    /** A label for display names and messages, for example {@code "seed 42 (-Dcsmb.seed=42)"}. */
    public static String label(long seed) {
        return "seed " + seed + " (-D" + PROPERTY + "=" + seed + ")";
    }

    private static long initial() {
        String given = System.getProperty(PROPERTY, "").trim();
        long seed;
        try {
            seed = given.isEmpty() ? new SecureRandom().nextLong() : Long.parseLong(given);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PROPERTY + " must be a whole number, not '" + given + "'", e);
        }
        // Once per test JVM, so the seed is in the build log even when a failure message does not show it.
        System.out.println("csmb property tests: " + label(seed));
        return seed;
    }
}
