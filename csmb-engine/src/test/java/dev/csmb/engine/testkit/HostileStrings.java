package dev.csmb.engine.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of strings that break naive escaping: quotes, template and comment syntax, script-closing
 * tags, every kind of line terminator, controls, lone surrogates, emoji, right-to-left text and bidi overrides,
 * Markdown and YAML syntax, mixed with random Unicode.
 *
 * <p>The same seed always gives the same strings. Tests take their seed from {@link Seeds#seed()} and put it in
 * display names and assertion messages, so that {@code -Dcsmb.seed=<seed>} reproduces a failure.
 */
public final class HostileStrings {

    private HostileStrings() {
    }

    /** {@code count} strings from {@code seed}; the first ones are {@link HostilePieces#all()}, each alone. */
    public static List<String> sample(long seed, int count) {
        Random random = new Random(seed);
        List<String> pieces = HostilePieces.all();
        List<String> sample = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sample.add(i < pieces.size() ? pieces.get(i) : next(random));
        }
        return List.copyOf(sample);
    }

    /** {@link #sample(long, int)} without lone surrogates, for round trips through UTF-8 files. */
    public static List<String> wellFormedSample(long seed, int count) {
        return sample(seed, count).stream().map(HostileStrings::withoutLoneSurrogates).toList();
    }

    /**
     * {@code count} hostile strings that are valid descriptions (10 to 500 characters, no lone surrogates), for
     * tests that run them through validation and generation; reproducible from {@code seed}.
     */
    public static List<String> descriptions(long seed, int count) {
        Random random = new Random(seed);
        List<String> descriptions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String text = "Desc " + next(random) + next(random) + next(random) + " end.";
            descriptions.add(withoutLoneSurrogates(text.length() <= 500 ? text : text.substring(0, 495) + " end."));
        }
        return List.copyOf(descriptions);
    }

    /** One random hostile string: zero to eight parts, each a hostile piece, ASCII or random Unicode. */
    public static String next(Random random) {
        StringBuilder text = new StringBuilder();
        int parts = random.nextInt(9);
        for (int i = 0; i < parts; i++) {
            switch (random.nextInt(4)) {
                case 0, 1 -> text.append(HostilePieces.all().get(random.nextInt(HostilePieces.all().size())));
                case 2 -> text.append(RandomText.ascii(random, 1 + random.nextInt(12)));
                default -> text.append(RandomText.unicode(random, 1 + random.nextInt(6)));
            }
        }
        return text.toString();
    }

    /** {@code text} with every lone surrogate replaced by U+FFFD, as the escapers write it. */
    public static String withoutLoneSurrogates(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            out.appendCodePoint(cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE ? 0xFFFD : cp);
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** {@code text} as a Java string literal body, non-printable and non-ASCII characters as escapes. */
    public static String describe(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16).append('"');
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7F) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.append('"').toString();
    }
}
