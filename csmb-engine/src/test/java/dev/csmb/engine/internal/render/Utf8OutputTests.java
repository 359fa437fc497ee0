package dev.csmb.engine.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.engine.testkit.HostileStrings;
import dev.csmb.engine.testkit.Seeds;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The streaming encoder gives exactly the bytes {@code String.getBytes(UTF_8)} gives for the whole text. */
class Utf8OutputTests {

    @Test
    void randomTextInRandomPiecesEncodesLikeStringGetBytes() {
        long seed = Seeds.seed();
        Random random = new Random(seed);
        for (int round = 0; round < 2_000; round++) {
            String text = text(random);
            Utf8Output out = Utf8Output.acquire();
            try {
                for (int start = 0; start < text.length(); ) {
                    int end = Math.min(text.length(), start + piece(random));
                    switch (random.nextInt(4)) {
                        case 0 -> out.write(text.substring(start, end));
                        case 1 -> out.write(text, start, end - start);
                        case 2 -> out.write(text.toCharArray(), start, end - start);
                        default -> out.append(new StringBuilder(text), start, end);
                    }
                    start = end;
                }
                assertThat(out.toByteArray()).as("round %d, %s", round, Seeds.label(seed))
                        .isEqualTo(text.getBytes(StandardCharsets.UTF_8));
            } finally {
                out.release();
            }
        }
    }

    @Test
    void surrogatePairsSplitAcrossWritesAndLoneSurrogatesMatchToo() {
        String pair = "\uD83D\uDE00";
        String[][] cases = {
            {"a", pair.substring(0, 1), pair.substring(1), "b"},
            {"x".repeat(60) + pair.substring(0, 1), pair.substring(1) + "y".repeat(60)},
            {"lone high \uD83D", " then text"},
            {"lone low \uDE00 here"},
            {"ends high \uD83D"},
            {"\uD83D", "\uD83D", "\uDE00"},
            {"…„“ " + "z".repeat(100) + " ü€𝄞"},
        };
        for (String[] pieces : cases) {
            Utf8Output out = Utf8Output.acquire();
            try {
                for (String piece : pieces) {
                    out.write(piece);
                }
                assertThat(out.toByteArray()).isEqualTo(String.join("", pieces).getBytes(StandardCharsets.UTF_8));
            } finally {
                out.release();
            }
        }
    }

    @Test
    void longWritesWithNonAsciiAndSurrogatesAroundTheEncodersPieceBoundariesMatch() {
        String pair = "\uD83D\uDE00";
        for (int at = 500; at < 530; at++) {
            for (String middle : new String[] {pair, "…", "\uD83D", "\uDE00", "é" + pair}) {
                String text = "…" + "a".repeat(at) + middle + "b".repeat(1_100) + "€";
                for (int cut : new int[] {text.length(), at + 1, at + 2, 600}) {
                    Utf8Output out = Utf8Output.acquire();
                    try {
                        out.write(text.substring(0, cut));
                        out.write(text.substring(cut));
                        assertThat(out.toByteArray()).as("at %d, cut %d", at, cut)
                                .isEqualTo(text.getBytes(StandardCharsets.UTF_8));
                    } finally {
                        out.release();
                    }
                }
            }
        }
    }

    @Test
    void aReleasedOutputStartsEmptyAndARenderWithinARenderGetsItsOwn() {
        Utf8Output first = Utf8Output.acquire();
        first.write("first");
        Utf8Output nested = Utf8Output.acquire();
        nested.write("nested");
        assertThat(nested).isNotSameAs(first);
        assertThat(nested.toByteArray()).isEqualTo("nested".getBytes(StandardCharsets.UTF_8));
        nested.release();
        assertThat(first.toByteArray()).isEqualTo("first".getBytes(StandardCharsets.UTF_8));
        first.release();

        Utf8Output again = Utf8Output.acquire();
        again.write("again");
        assertThat(again.toByteArray()).isEqualTo("again".getBytes(StandardCharsets.UTF_8));
        again.release();
    }

    private static int piece(Random random) {
        return random.nextInt(10) == 0 ? 40 + random.nextInt(5_000) : 1 + random.nextInt(12);
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int parts = random.nextInt(12);
        for (int i = 0; i < parts; i++) {
            switch (random.nextInt(5)) {
                case 0 -> text.append("plain ascii text ".repeat(1 + random.nextInt(20)));
                case 1 -> text.append(HostileStrings.next(random));
                case 2 -> text.append((char) random.nextInt(0x10000));
                case 3 -> text.appendCodePoint(0x10000 + random.nextInt(0x10FFFF - 0x10000));
                default -> text.append("…„“ éü ");
            }
        }
        return text.toString();
    }

}
