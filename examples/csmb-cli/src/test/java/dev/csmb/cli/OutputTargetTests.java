package dev.csmb.cli;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.csmb.api.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import dev.csmb.engine.write.ProtectedFolders;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's own target guard; called directly, so a broken guard cannot delete anything. */
class OutputTargetTests {

    private static final ProtectedFolders STANDARD = ProtectedFolders.standard(Map.of());

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

        assertThatThrownBy(() -> out(current).check(true, STANDARD)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Refusing to replace");
        assertThatThrownBy(() -> out(current.getParent()).check(true, STANDARD)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> out(Path.of(".")).check(true, STANDARD)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void withoutForceTheWritersDecide() {
        assertThatCode(() -> out(Path.of("")).check(false, STANDARD)).doesNotThrowAnyException();
    }

    @Test
    void forceIsFineForAnOrdinaryNonEmptyFolder() throws IOException {
        Files.writeString(temp.resolve("old.txt"), "x");

        assertThatCode(() -> out(temp).check(true, STANDARD)).doesNotThrowAnyException();
    }

    @Test
    void zipIsLeftToTheWriter() {
        OutputTarget target = new OutputTarget();
        target.zip = Path.of("");

        assertThatCode(() -> target.check(true, STANDARD)).doesNotThrowAnyException();
    }
}
