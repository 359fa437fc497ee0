package dev.csmb.engine.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.csmb.api.InvalidInputException;
import dev.csmb.api.Violation;
import dev.csmb.engine.testkit.HostilePieces;
import dev.csmb.engine.testkit.HostileStrings;
import dev.csmb.engine.testkit.RandomConfigurations;
import dev.csmb.engine.testkit.Seeds;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Damaged configuration files (truncated, cut, spliced with hostile text) are either read or rejected with an
 * {@link InvalidInputException} whose fields and messages are single lines with nothing invisible: never any other
 * exception.
 */
class ConfigurationCodecFuzzTests {

    private static final int SAMPLE_SIZE = 400;

    private final ConfigurationCodec codec = TestPlatforms.codec();

    @TestFactory
    Stream<DynamicNode> damagedFilesAreReadOrRejectedWithViolations() {
        long seed = Seeds.seed();
        return Stream.of(ConfigurationFormat.values()).map(format -> {
            List<String> texts = damaged(new Random(seed + format.ordinal()), format);
            return DynamicContainer.dynamicContainer("damaged " + format + " [" + Seeds.label(seed) + "]",
                    IntStream.range(0, texts.size()).mapToObj(i -> DynamicTest.dynamicTest("#" + i,
                            () -> readOrReject(texts.get(i), format, Seeds.label(seed) + ", " + format + " case #" + i
                                    + ": " + HostileStrings.describe(texts.get(i))))));
        });
    }

    private void readOrReject(String text, ConfigurationFormat format, String context) {
        try {
            assertThat(codec.read(text, format)).as(context).isNotNull();
        } catch (InvalidInputException e) {
            assertThat(e.result().violations()).as(context).isNotEmpty().allSatisfy(v -> assertReadable(v, context));
        } catch (RuntimeException | StackOverflowError e) {
            fail(context + ": threw " + e, e);
        }
    }

    private static void assertReadable(Violation v, String context) {
        assertThat(v.field()).as(context).isNotEmpty().doesNotContainPattern("[\\p{Cc}\\p{Cf}\u2028\u2029]");
        assertThat(v.message()).as(context).isNotBlank().doesNotContain("Exception:", "\tat ")
                .doesNotContainPattern("[\\p{Cc}\\p{Cf}\u2028\u2029]");
    }

    private List<String> damaged(Random random, ConfigurationFormat format) {
        return IntStream.range(0, SAMPLE_SIZE).mapToObj(i -> {
            String valid = codec.write(RandomConfigurations.next(random), format);
            return switch (random.nextInt(4)) {
                case 0 -> valid.substring(0, random.nextInt(valid.length() + 1));
                case 1 -> cut(random, valid);
                case 2 -> splice(random, valid, HostilePieces.all().get(random.nextInt(HostilePieces.all().size())));
                default -> splice(random, cut(random, valid), HostileStrings.next(random));
            };
        }).toList();
    }

    private static String cut(Random random, String text) {
        int from = random.nextInt(text.length() + 1);
        int to = from + random.nextInt(text.length() - from + 1);
        return text.substring(0, from) + text.substring(to);
    }

    private static String splice(Random random, String text, String piece) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + piece + text.substring(at);
    }
}
