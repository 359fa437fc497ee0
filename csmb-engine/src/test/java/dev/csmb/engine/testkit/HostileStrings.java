package dev.csmb.engine.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * PLACEHOLDER until the seeded hostile-string generator lands: a fixed set plus random mixes. Same seed, same
 * strings.
 */
public final class HostileStrings {

    private static final String[] PIECES = {"\"", "'", "`", "${process.exit(1)}", "*/", "/*", "</script>", "\n", "\r\n",
        "\u0000", "\u2028", "\u2029", "😀", "\u202Eevil", "שלום", "\\", "{{x}}", "#", "<!--", "--", "\t", "$", "%s"};

    private HostileStrings() {
    }

    /** {@code count} hostile strings of 10 to 500 characters, reproducible from {@code seed}. */
    public static List<String> sample(long seed, int count) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder s = new StringBuilder("Desc ");
            int parts = 3 + random.nextInt(20);
            for (int j = 0; j < parts; j++) {
                s.append(PIECES[random.nextInt(PIECES.length)]);
            }
            s.append(" end.");
            out.add(s.length() > 500 ? s.substring(0, 495) + " end." : s.toString());
        }
        return out;
    }
}
