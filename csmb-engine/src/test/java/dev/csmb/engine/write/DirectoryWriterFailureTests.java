package dev.csmb.engine.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.csmb.api.CsmbException;
import dev.csmb.api.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@link DirectoryWriter} leaves behind when writing fails part-way: nothing partial, nothing hidden. */
class DirectoryWriterFailureTests {

    @TempDir
    Path temp;

    @Test
    void anIoFailureMidWayLeavesNoProjectAndNoStagingFolder() {
        String tooLong = "x".repeat(300) + ".js";
        Path target = temp.resolve("bot");

        assertThatThrownBy(() -> new DirectoryWriter().write(Solutions.of(GeneratedFile.text("a.txt", "written first"),
                GeneratedFile.text("b/c.txt", "written second"), GeneratedFile.text("z/" + tooLong, "fails")),
                target, false))
                .isExactlyInstanceOf(CsmbException.class)
                .hasMessageStartingWith("Could not write " + target.resolve("z/" + tooLong) + ": ");
        assertThat(Solutions.names(temp)).isEmpty();
    }

    @Test
    void anInterruptedThreadWritesNothingAndKeepsItsInterruptFlag() {
        Path target = temp.resolve("bot");
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> new DirectoryWriter().write(Solutions.sample(), target, false))
                    .isExactlyInstanceOf(CsmbException.class).hasMessageContaining("interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(Solutions.names(temp)).isEmpty();
    }

    @Test
    void aFailedFinalMoveLeavesNoProjectAndNoStagingFolder() {
        Path target = temp.resolve("bot");

        assertThatThrownBy(() -> new DirectoryWriter(new FailingMover(1)).write(Solutions.sample(), target, false))
                .isExactlyInstanceOf(CsmbException.class)
                .hasMessageContaining(target.toString()).hasMessageContaining("injected failure");
        assertThat(Solutions.names(temp)).isEmpty();
    }

    /** The old project has 3 entries and the new one 6: calls 1-3 move old ones out, 4-9 move new ones in. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 9})
    void aFailureWhileForcingPutsTheOldContentsBack(int failingCall) throws IOException {
        Path target = Files.createDirectory(temp.resolve("bot"));
        Files.createDirectories(target.resolve("src"));
        Files.writeString(target.resolve("src/index.js"), "old index");
        Files.writeString(target.resolve("package.json"), "old package");
        Files.writeString(target.resolve("notes.txt"), "mine");
        Map<String, String> before = Solutions.tree(target);
        FailingMover mover = new FailingMover(failingCall);

        assertThatThrownBy(() -> new DirectoryWriter(mover).write(Solutions.sample(), target, true))
                .isExactlyInstanceOf(CsmbException.class).hasMessageContaining("injected failure");
        assertThat(mover.calls()).isGreaterThanOrEqualTo(failingCall);
        assertThat(Solutions.tree(target)).isEqualTo(before);
        assertThat(Solutions.names(temp)).containsExactly("bot");
    }

    @Test
    void forcingWithoutFailureUsesOneMovePerEntry() throws IOException {
        Path target = Files.createDirectory(temp.resolve("bot"));
        Files.writeString(target.resolve("notes.txt"), "mine");
        FailingMover mover = new FailingMover(0);

        new DirectoryWriter(mover).write(Solutions.sample(), target, true);

        assertThat(mover.calls()).isEqualTo(1 + 6);
        assertThat(Solutions.tree(target)).doesNotContainKey("notes.txt").containsKey("bin/start.sh");
        assertThat(Solutions.names(temp)).containsExactly("bot");
    }
}
