package dev.csmb.engine.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.csmb.api.DefinitionException;
import dev.csmb.api.GeneratedFile;
import dev.csmb.api.InvalidInputException;
import dev.csmb.api.Violation;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryWriterTests {

    @TempDir
    Path temp;

    private final DirectoryWriter writer = new DirectoryWriter();

    @Test
    void writesEveryFileIntoANewFolderCreatingParents() {
        Path target = temp.resolve("a/b/my-bot");

        Path written = writer.write(Solutions.sample(), target, false);

        assertThat(written).isEqualTo(target.toAbsolutePath().normalize());
        assertThat(Solutions.tree(target)).containsExactlyInAnyOrderEntriesOf(Map.of(
                ".env.example", "TOKEN=\n",
                "README.md", "# My Bot — grüße\n",
                "bin/start.sh", "#!/bin/sh\nexec node src/index.js\n",
                "data/.gitkeep", "",
                "package.json", "{\"name\": \"my-bot\"}\n",
                "src/core/sessions.js", "export const sessions = new Map();\n",
                "src/index.js", "console.log('hi');\n"));
        assertThat(Solutions.names(temp.resolve("a/b"))).containsExactly("my-bot");
    }

    @Test
    void setsTheExecutableBitOnlyWhereAsked() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path target = writer.write(Solutions.sample(), temp.resolve("bot"), false);

        assertThat(Files.getPosixFilePermissions(target.resolve("bin/start.sh")))
                .contains(PosixFilePermission.OWNER_EXECUTE);
        assertThat(Files.getPosixFilePermissions(target.resolve("src/index.js")))
                .doesNotContain(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                        PosixFilePermission.OTHERS_EXECUTE);
    }

    @Test
    void givesTheNewFolderTheUsualPermissionsNotATempFolders() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path usual = Files.createDirectory(temp.resolve("usual"));

        Path target = writer.write(Solutions.sample(), temp.resolve("bot"), false);

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(usual));
    }

    @Test
    void fillsAnExistingEmptyFolderKeepingTheFolderItself() throws IOException {
        Path target = Files.createDirectory(temp.resolve("bot"));
        Object before = Files.readAttributes(target, BasicFileAttributes.class).fileKey();

        writer.write(Solutions.sample(), target, false);

        assertThat(Files.readAttributes(target, BasicFileAttributes.class).fileKey()).isEqualTo(before);
        assertThat(Solutions.tree(target)).containsKeys("package.json", "src/index.js");
    }

    @Test
    void refusesANonEmptyFolderWithoutForceAndLeavesItUntouched() throws IOException {
        Path target = Files.createDirectory(temp.resolve("bot"));
        Files.writeString(target.resolve("mine.txt"), "keep me");

        assertThatThrownBy(() -> writer.write(Solutions.sample(), target, false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    Violation violation = e.result().errors().get(0);
                    assertThat(violation.field()).isEqualTo("out");
                    assertThat(violation.code()).isEqualTo("target-not-empty");
                    assertThat(violation.message()).contains(target.toString())
                            .contains("force = true").doesNotContain("--force");
                });
        assertThat(Solutions.tree(target)).containsExactlyEntriesOf(Map.of("mine.txt", "keep me"));
        assertThat(Solutions.names(temp)).containsExactly("bot");
    }

    @Test
    void refusesARegularFileEvenWithForce() throws IOException {
        Path target = Files.writeString(temp.resolve("bot"), "a file");

        assertThatThrownBy(() -> writer.write(Solutions.sample(), target, true))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.result().errors()).extracting(Violation::code).containsExactly("target-not-a-folder"));
        assertThat(Files.readString(target)).isEqualTo("a file");
    }

    @Test
    void forceReplacesTheContentsAndLeavesNothingBeside() throws IOException {
        Path target = Files.createDirectory(temp.resolve("bot"));
        Files.createDirectories(target.resolve("old/deep"));
        Files.writeString(target.resolve("old/deep/file.txt"), "old");
        Files.writeString(target.resolve("package.json"), "old");
        Object before = Files.readAttributes(target, BasicFileAttributes.class).fileKey();

        writer.write(Solutions.sample(), target, true);

        assertThat(Solutions.tree(target)).doesNotContainKey("old/deep/file.txt")
                .containsEntry("package.json", "{\"name\": \"my-bot\"}\n").hasSize(7);
        assertThat(Files.readAttributes(target, BasicFileAttributes.class).fileKey()).isEqualTo(before);
        assertThat(Solutions.names(temp)).containsExactly("bot");
    }

    @Test
    void writesThroughASymbolicLinkToAFolderKeepingTheLink() throws IOException {
        Path real = Files.createDirectory(temp.resolve("real"));
        Path link = Files.createSymbolicLink(temp.resolve("link"), real);

        writer.write(Solutions.sample(), link, false);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Solutions.tree(real)).containsKey("src/index.js");
    }

    @Test
    void refusesABadPathBeforeWritingAnything() {
        Path target = temp.resolve("bot");

        assertThatThrownBy(() -> writer.write(Solutions.of(GeneratedFile.text("a.txt", "fine"),
                GeneratedFile.text("../escape.txt", "bad")), target, true))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("'../escape.txt'");
        assertThat(Solutions.names(temp)).isEmpty();
    }

    @Test
    void refusesTheFileSystemRoot() {
        Path root = temp.getRoot();

        assertThatThrownBy(() -> writer.write(Solutions.sample(), root, false))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.result().errors()).extracting(Violation::code).containsExactly("target-is-root"));
    }

    @Test
    void writesAnEmptyProjectAsAnEmptyFolder() {
        Path target = writer.write(Solutions.of(), temp.resolve("empty"), false);

        assertThat(Files.isDirectory(target)).isTrue();
        assertThat(Solutions.names(target)).isEqualTo(List.of());
    }
}
