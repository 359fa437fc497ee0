package dev.csmb.engine.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.Violation;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile sizes are refused before they cost time or memory, as {@code [too-large]} problems naming the limit. */
class ConfigurationCodecLimitsTests {

    private static final int FIFTY_MB = 50 * 1024 * 1024;

    private final ConfigurationCodec codec = TestPlatforms.codec();

    @TempDir
    Path dir;

    @Test
    void aFiftyMegabyteOneLineYamlValueIsRefusedInUnderTwoSeconds() {
        String text = "platform: cli-interface\nprojectName: B\ndescription: " + "x".repeat(FIFTY_MB) + "\n";
        long start = System.nanoTime();
        Violation v = Violations.single(() -> codec.read(text, ConfigurationFormat.YAML));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isLessThan(Duration.ofSeconds(2));
        assertThat(v).extracting(Violation::field, Violation::code).containsExactly("config", "too-large");
        assertThat(v.message()).isEqualTo("the configuration text is " + text.length()
                + " characters; the limit is 65536 characters (64 KiB), far more than a configuration needs");
    }

    @Test
    void theSameLimitHoldsForDraftsAndJson() {
        String text = "{\"description\": \"" + "x".repeat(70_000) + "\"}";
        assertThat(Violations.single(() -> codec.readDraft(text, ConfigurationFormat.JSON)).code())
                .isEqualTo("too-large");
        assertThat(Violations.single(() -> codec.read(text, ConfigurationFormat.YAML)).code()).isEqualTo("too-large");
    }

    @Test
    void textJustUnderTheLimitIsRead() {
        String text = "platform: cli-interface\nprojectName: B\n# " + "x".repeat(60_000) + "\n";
        assertThat(codec.read(text, ConfigurationFormat.YAML).projectName()).isEqualTo("B");
    }

    @Test
    void aThreeGigabyteSparseFileIsRefusedWithoutReadingIt() throws IOException {
        Path file = dir.resolve("huge.yaml");
        long size = 3L * 1024 * 1024 * 1024;
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
        }
        long start = System.nanoTime();
        Violation v = Violations.single(() -> codec.read(file));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(v).extracting(Violation::field, Violation::code).containsExactly("config", "too-large");
        assertThat(v.message()).isEqualTo(file + " is " + size
                + " bytes; the limit is 65536 bytes (64 KiB), far more than a configuration needs");
        assertThat(Violations.single(() -> codec.readDraft(file)).code()).isEqualTo("too-large");
    }

    @Test
    void deepNestingIsRefusedWithoutParserInternals() {
        String yaml = "platform: cli-interface\nfeatures: " + "[".repeat(40) + "]".repeat(40) + "\n";
        String json = "{\"features\": " + "[".repeat(40) + "]".repeat(40) + "}";
        for (Violation v : new Violation[] {
                Violations.single(() -> codec.readDraft(yaml, ConfigurationFormat.YAML)),
                Violations.single(() -> codec.readDraft(json, ConfigurationFormat.JSON))}) {
            assertThat(v.code()).isEqualTo("too-large");
            assertThat(v.message()).contains("nest deeper than 16 levels")
                    .doesNotContain("StreamReadConstraints", "getMax", "`", "Nesting Depth");
        }
    }

    @Test
    void aFileThatGrowsAfterItsSizeWasTakenIsStillBounded() throws IOException {
        Path file = Files.writeString(dir.resolve("small.yaml"), "platform: cli-interface\nprojectName: B\n");
        assertThat(codec.read(file).projectName()).isEqualTo("B");
        Files.writeString(file, "# " + "x".repeat(70_000));
        assertThat(Violations.single(() -> codec.read(file)).code()).isEqualTo("too-large");
    }
}
