package dev.csmb.cli;

import dev.csmb.api.GeneratedSolution;
import dev.csmb.api.InvalidInputException;
import dev.csmb.api.ValidationResult;
import dev.csmb.api.Violation;
import dev.csmb.engine.escape.MessageText;
import dev.csmb.engine.write.DirectoryWriter;
import dev.csmb.engine.write.ProtectedFolders;
import dev.csmb.engine.write.ZipWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/**
 * Where {@code generate} writes: a folder ({@code --out}) or a zip archive ({@code --zip}), never both. The
 * writers refuse a non-empty folder without {@code --force}, an existing zip, the file-system root and the home
 * folder, and touch nothing when they do; this class checks the protected folders early, before generating.
 */
final class OutputTarget {

    /** The writers' field for target problems; the CLI uses the same so all such errors read alike. */
    private static final String FIELD = "out";

    @Option(names = "--out", paramLabel = "DIR", order = 30,
            description = "Write the project into this folder (created if missing; must be empty unless --force).")
    Path directory;

    @Option(names = "--zip", paramLabel = "FILE", order = 31,
            description = "Write the project as a zip archive with one top-level folder.")
    Path zip;

    /** The absolute, normalized path the project goes to. */
    Path path() {
        return (directory != null ? directory : zip).toAbsolutePath().normalize();
    }

    /**
     * With {@code --force}, refuses a non-empty protected folder before anything is generated: the home folder
     * by any name, the folder the user stands in and its parents ({@code --out . --force} or {@code --out ..
     * --force} typed in the wrong shell would otherwise replace a repository or a workspace). The writer checks
     * the same set again when it writes.
     */
    void check(boolean force, ProtectedFolders protectedFolders) {
        if (directory == null || !force) {
            return;
        }
        Path path = path();
        if (isNonEmptyDirectory(path)) {
            protectedFolders.reason(path).ifPresent(reason -> {
                throw new InvalidInputException(Violation.error(FIELD, "target-protected", "Refusing to replace "
                        + "the contents of " + MessageText.printable(path.toString()) + ": " + reason
                        + "; choose a project folder."));
            });
        }
    }

    /** Writes the project and returns where it went. */
    Path write(GeneratedSolution solution, boolean force, ProtectedFolders protectedFolders) {
        try {
            return directory != null ? new DirectoryWriter(protectedFolders).write(solution, path(), force)
                    : new ZipWriter().write(solution, path(), force);
        } catch (InvalidInputException e) {
            throw inFlagTerms(e);
        }
    }

    /** The writers speak of their API ({@code force = true}); a person at the command line types {@code --force}. */
    static InvalidInputException inFlagTerms(InvalidInputException e) {
        List<Violation> violations = e.result().violations().stream().map(v -> new Violation(v.field(), v.code(),
                v.severity(), v.message().replace("write with force = true", "use --force"))).toList();
        return new InvalidInputException(ValidationResult.of(violations));
    }

    private static boolean isNonEmptyDirectory(Path path) {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path, e);
        }
    }
}
