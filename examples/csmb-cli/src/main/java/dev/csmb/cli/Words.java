package dev.csmb.cli;

/** Small English helpers for messages. */
final class Words {

    private Words() {
    }

    /** {@code "1 file"}, {@code "23 files"}. */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
