package dev.csmb.cli;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.csmb.api.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pre-flight checks of {@code --out}/{@code --zip}; called directly, so a broken guard cannot delete anything. */
class OutputTargetTests {

    @TempDir
    Path temp;

    private static OutputTarget out(Path path) {
        OutputTarget target = new OutputTarget();
        target.directory = path;
        return target;
    }

    @Test
    void forceIsRefusedForTheCurrentFolderAndItsParents() {
        Path current = Path.of("").toAbsolutePath();

        assertThatThrownBy(() -> out(current).check(true)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("refusing to replace");
        assertThatThrownBy(() -> out(current.getParent()).check(true)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void forceIsRefusedForTheHomeFolderAndTheRoot() {
        assertThatThrownBy(() -> out(Path.of(System.getProperty("user.home"))).check(true))
                .hasMessageContaining("home folder");
        assertThatThrownBy(() -> out(Path.of("/")).check(true)).hasMessageContaining("root");
    }

    @Test
    void forceIsFineForAnOrdinaryNonEmptyFolder() throws IOException {
        Files.writeString(temp.resolve("old.txt"), "x");

        assertThatCode(() -> out(temp).check(true)).doesNotThrowAnyException();
    }

    @Test
    void emptyOrMissingFolderNeedsNoForce() {
        assertThatCode(() -> out(temp).check(false)).doesNotThrowAnyException();
        assertThatCode(() -> out(temp.resolve("new/deeper")).check(false)).doesNotThrowAnyException();
    }

    @Test
    void zipThatIsAFolderIsRefused() {
        OutputTarget target = new OutputTarget();
        target.zip = temp;

        assertThatThrownBy(() -> target.check(true)).hasMessageContaining("is a folder");
    }
}
