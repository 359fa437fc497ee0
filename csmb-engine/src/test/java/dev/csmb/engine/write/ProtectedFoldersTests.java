package dev.csmb.engine.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.csmb.api.InvalidInputException;
import dev.csmb.api.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A forced write never replaces a home, root or working folder, by any of their names. */
class ProtectedFoldersTests {

    @TempDir
    Path temp;

    /** A home folder holding a file, as $HOME names it, while user.home names another folder. */
    private Path home() throws IOException {
        Path home = Files.createDirectories(temp.resolve("users/someone"));
        Files.writeString(home.resolve(".bashrc"), "keep me\n");
        assertThat(home.toString()).isNotEqualTo(System.getProperty("user.home"));
        return home;
    }

    private static Violation refused(DirectoryWriter writer, Path target) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> writer.write(Solutions.sample(), target, true));
        assertThat(e).as("refused: " + target).isNotNull();
        assertThat(e.result().violations()).hasSize(1);
        return e.result().violations().get(0);
    }

    @Test
    void homeFromTheEnvironmentIsProtectedWhenItDiffersFromUserHome() throws IOException {
        Path home = home();
        DirectoryWriter writer = new DirectoryWriter(ProtectedFolders.standard(Map.of("HOME", home.toString())));

        Violation v = refused(writer, home);

        assertThat(v).extracting(Violation::field, Violation::code).containsExactly("out", "target-protected");
        assertThat(v.message()).isEqualTo("Refusing to replace the contents of " + home + ": " + home
                + " is your home folder ($HOME); choose a project folder.");
        assertThat(Files.readString(home.resolve(".bashrc"))).isEqualTo("keep me\n");
    }

    @Test
    void aSymbolicLinkToHomeAndAFolderContainingHomeAreRefusedToo() throws IOException {
        Path home = home();
        Path link = Files.createSymbolicLink(temp.resolve("link-to-home"), home);
        DirectoryWriter writer = new DirectoryWriter(ProtectedFolders.standard(Map.of("HOME", link.toString())));

        assertThat(refused(writer, home).message()).contains("your home folder ($HOME)");
        assertThat(refused(writer, link).code()).isEqualTo("target-protected");
        assertThat(refused(writer, temp.resolve("users")).message()).contains("it contains " + home);
        assertThat(Files.readString(home.resolve(".bashrc"))).isEqualTo("keep me\n");
    }

    @Test
    void userHomeAndTheWorkingFolderAreInTheStandardSet() {
        ProtectedFolders standard = ProtectedFolders.standard(Map.of());

        assertThat(standard.reason(Path.of(System.getProperty("user.home")))).get().asString()
                .endsWith("is your home folder (user.home)");
        assertThat(standard.reason(Path.of(""))).get().asString().endsWith("is the working folder");
        assertThat(standard.reason(Path.of("/"))).get().asString().isEqualTo("/ is the file-system root");
    }

    @Test
    void otherFoldersAreWrittenWithForce() throws IOException {
        Path home = home();
        Path project = Files.createDirectories(temp.resolve("project"));
        Files.writeString(project.resolve("old.txt"), "old");
        DirectoryWriter writer = new DirectoryWriter(ProtectedFolders.of(List.of(home)));

        writer.write(Solutions.sample(), project, true);

        assertThat(Files.exists(project.resolve("old.txt"))).isFalse();
        assertThat(Files.exists(project.resolve("package.json"))).isTrue();
    }
}
