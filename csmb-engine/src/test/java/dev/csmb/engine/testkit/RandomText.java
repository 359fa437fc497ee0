package dev.csmb.engine.testkit;

import java.util.Random;

/** Random text for {@link HostileStrings}: printable ASCII, and code points from every part of Unicode. */
final class RandomText {

    /** Where random code points come from: [start, end) ranges, chosen with equal weight. */
    private static final int[][] RANGES = {
        {0x00, 0x20}, {0x20, 0x7F}, {0x7F, 0xA0}, {0xA0, 0x800}, {0x590, 0x700}, {0x2000, 0x2070},
        {0x3000, 0x3100}, {0xD800, 0xE000}, {0xE000, 0xE100}, {0xFDD0, 0xFDF0}, {0xFFF0, 0x10000},
        {0x1F300, 0x1FAFF}, {0xE0000, 0xE0080}, {0x10000, 0x110000}, {0x0, 0x110000},
    };

    private RandomText() {
    }

    static String ascii(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) (0x20 + random.nextInt(0x5F)));
        }
        return text.toString();
    }

    /** Random code points; a surrogate code point is added as a lone UTF-16 unit. */
    static String unicode(Random random, int length) {
        StringBuilder text = new StringBuilder(length * 2);
        for (int i = 0; i < length; i++) {
            int[] range = RANGES[random.nextInt(RANGES.length)];
            int cp = range[0] + random.nextInt(range[1] - range[0]);
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                text.append((char) cp);
            } else {
                text.appendCodePoint(cp);
            }
        }
        return text.toString();
    }
}
