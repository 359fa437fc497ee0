package dev.csmb.engine.testkit;

/** Shows where two texts first differ, with a few lines of context, for readable test failures. */
final class TextDiff {

    private static final int CONTEXT = 3;

    private TextDiff() {
    }

    static String firstDifference(String expected, String actual) {
        String[] want = expected.split("\n", -1);
        String[] got = actual.split("\n", -1);
        int line = 0;
        while (line < want.length && line < got.length && want[line].equals(got[line])) {
            line++;
        }
        StringBuilder out = new StringBuilder("  first difference at line " + (line + 1) + ":\n");
        for (int i = Math.max(0, line - CONTEXT); i < line; i++) {
            out.append("    ").append(want[i]).append('\n');
        }
        for (int i = line; i < Math.min(want.length, line + CONTEXT); i++) {
            out.append("  - ").append(want[i]).append('\n');
        }
        for (int i = line; i < Math.min(got.length, line + CONTEXT); i++) {
            out.append("  + ").append(got[i]).append('\n');
        }
        return out.toString();
    }
}
