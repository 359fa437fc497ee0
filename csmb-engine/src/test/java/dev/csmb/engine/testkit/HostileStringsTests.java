package dev.csmb.engine.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link HostileStrings}: reproducible, and as hostile as it claims. */
class HostileStringsTests {

    @Test
    void theSameSeedGivesTheSameStrings() {
        assertThat(HostileStrings.sample(42, 300)).isEqualTo(HostileStrings.sample(42, 300));
        assertThat(HostileStrings.sample(42, 300)).isNotEqualTo(HostileStrings.sample(43, 300));
    }

    @Test
    void startsWithEveryPieceAloneThenMixes() {
        List<String> sample = HostileStrings.sample(7, HostilePieces.all().size() + 100);
        assertThat(sample.subList(0, HostilePieces.all().size())).isEqualTo(HostilePieces.all());
        assertThat(sample.subList(HostilePieces.all().size(), sample.size()))
                .filteredOn(s -> !HostilePieces.all().contains(s)).hasSizeGreaterThan(60);
    }

    @Test
    void randomPartHasEveryKindOfTrouble() {
        String all = String.join("", HostileStrings.sample(1, 2000).subList(HostilePieces.all().size(), 2000));
        assertThat(all).contains("\"", "\\", "</script>", "\n", "\r", "\u2028", "\u202E", "\0");
        assertThat(all.codePoints().anyMatch(cp -> cp >= 0x10000)).as("supplementary code points").isTrue();
        assertThat(HostileStrings.withoutLoneSurrogates(all)).as("lone surrogates").isNotEqualTo(all);
    }

    @Test
    void wellFormedSamplesHaveNoLoneSurrogates() {
        for (String s : HostileStrings.wellFormedSample(5, 500)) {
            assertThat(HostileStrings.withoutLoneSurrogates(s)).isEqualTo(s);
        }
    }

    @Test
    void descriptionsAreValidDescriptions() {
        List<String> descriptions = HostileStrings.descriptions(9, 300);
        assertThat(descriptions).isEqualTo(HostileStrings.descriptions(9, 300)).allSatisfy(d -> {
            assertThat(d.length()).isBetween(10, 500);
            assertThat(HostileStrings.withoutLoneSurrogates(d)).isEqualTo(d);
        });
        assertThat(String.join("", descriptions)).contains("\n", "\"", "\u202E");
    }

    @Test
    void replacesOnlyLoneSurrogates() {
        assertThat(HostileStrings.withoutLoneSurrogates("a\uD800b\uDC00\uD83D\uDE00"))
                .isEqualTo("a\uFFFDb\uFFFD\uD83D\uDE00");
    }

    @Test
    void describesStringsPrintably() {
        assertThat(HostileStrings.describe("a\"\\\n\u202E\uD83D\uDE00"))
                .isEqualTo("\"a\\\"\\\\\\u000A\\u202E\\uD83D\\uDE00\"");
    }

    @Test
    void seedLabelSaysHowToReproduce() {
        assertThat(Seeds.label(12)).isEqualTo("seed 12 (-Dcsmb.seed=12)");
        assertThat(Seeds.seed()).isEqualTo(Seeds.seed());
    }
}
