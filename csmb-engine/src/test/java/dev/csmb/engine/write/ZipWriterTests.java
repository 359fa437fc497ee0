package dev.csmb.engine.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.csmb.api.CsmbException;
import dev.csmb.api.DefinitionException;
import dev.csmb.api.GeneratedFile;
import dev.csmb.api.InvalidInputException;
import dev.csmb.api.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipWriterTests {

    @TempDir
    Path temp;

    private final ZipWriter writer = new ZipWriter();

    @Test
    void theSameSolutionGivesTheSameBytesWhateverTheFileOrder() throws IOException {
        List<GeneratedFile> files = new ArrayList<>(Solutions.sample().files());
        Collections.reverse(files);

        Path first = writer.write(Solutions.sample(), temp.resolve("first.zip"), false);
        Path second = writer.write(Solutions.of(files.toArray(GeneratedFile[]::new)), temp.resolve("second.zip"), false);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void putsEveryFileUnderTheProjectSlugWithSortedEntriesAndFolders() throws IOException {
        Path zip = writer.write(Solutions.sample(), temp.resolve("out/bot.zip"), false);

        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            for (ZipEntry entry : Collections.list(file.entries())) {
                entries.put(entry.getName(), new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                assertThat(entry.getTimeLocal()).isEqualTo(LocalDateTime.of(1980, 1, 1, 0, 0));
            }
        }
        assertThat(entries.keySet()).containsExactly("my-bot/", "my-bot/.env.example", "my-bot/README.md",
                "my-bot/bin/", "my-bot/bin/start.sh", "my-bot/data/", "my-bot/data/.gitkeep", "my-bot/package.json",
                "my-bot/src/", "my-bot/src/core/", "my-bot/src/core/sessions.js", "my-bot/src/index.js");
        assertThat(entries).containsEntry("my-bot/README.md", "# My Bot — grüße\n")
                .containsEntry("my-bot/data/.gitkeep", "")
                .containsEntry("my-bot/bin/start.sh", "#!/bin/sh\nexec node src/index.js\n");
    }

    @Test
    void storesUnixModesFixedTimesAndNoExtraFields() throws IOException {
        Path zip = writer.write(Solutions.sample(), temp.resolve("bot.zip"), false);

        Map<String, Integer> modes = new LinkedHashMap<>();
        for (CentralDirectory.Entry entry : CentralDirectory.read(Files.readAllBytes(zip))) {
            modes.put(entry.name(), entry.unixMode());
            assertThat(entry.madeBy() >>> 8).as("host of %s", entry.name()).isEqualTo(3);
            assertThat(entry.dosDate()).isEqualTo((1 << 5) | 1);
            assertThat(entry.dosTime()).isZero();
            assertThat(entry.extraLength()).isZero();
        }
        assertThat(modes).containsEntry("my-bot/", 040755).containsEntry("my-bot/src/", 040755)
                .containsEntry("my-bot/bin/start.sh", 0100755).containsEntry("my-bot/src/index.js", 0100644)
                .containsEntry("my-bot/data/.gitkeep", 0100644);
    }

    @Test
    void refusesAnExistingFileWithoutForceAndReplacesItWithForce() throws IOException {
        Path zip = Files.writeString(temp.resolve("bot.zip"), "not a zip");

        assertThatThrownBy(() -> writer.write(Solutions.sample(), zip, false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    Violation violation = e.result().errors().get(0);
                    assertThat(violation.field()).isEqualTo("out");
                    assertThat(violation.code()).isEqualTo("target-exists");
                    assertThat(violation.message()).contains(zip.toString())
                            .contains("force = true").doesNotContain("--force");
                });
        assertThat(Files.readString(zip)).isEqualTo("not a zip");

        writer.write(Solutions.sample(), zip, true);

        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertThat(file.getEntry("my-bot/package.json")).isNotNull();
        }
        assertThat(Solutions.names(temp)).containsExactly("bot.zip");
    }

    @Test
    void refusesAFolder() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("bot.zip"));

        assertThatThrownBy(() -> writer.write(Solutions.sample(), folder, true))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.result().errors()).extracting(Violation::code).containsExactly("target-not-a-file"));
    }

    @Test
    void refusesABadPathBeforeWritingAnything() {
        assertThatThrownBy(() -> writer.write(Solutions.of(GeneratedFile.text("/etc/passwd", "x")),
                temp.resolve("bot.zip"), false))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("'/etc/passwd' is absolute");
        assertThat(Solutions.names(temp)).isEmpty();
    }

    @Test
    void aFailedMoveLeavesNeitherTheArchiveNorTheTemporaryFile() throws IOException {
        Path zip = temp.resolve("bot.zip");

        assertThatThrownBy(() -> new ZipWriter(new FailingMover(1)).write(Solutions.sample(), zip, false))
                .isExactlyInstanceOf(CsmbException.class).hasMessageContaining(zip.toString())
                .hasMessageContaining("injected failure");
        assertThat(Solutions.names(temp)).isEmpty();
    }
}
