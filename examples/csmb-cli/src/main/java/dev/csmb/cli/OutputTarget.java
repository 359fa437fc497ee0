package dev.csmb.cli;

import dev.csmb.api.GeneratedSolution;
import dev.csmb.api.InvalidInputException;
import dev.csmb.api.ValidationResult;
import dev.csmb.api.Violation;
import dev.csmb.engine.write.DirectoryWriter;
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
 * folder, and touch nothing when they do; this class adds the one rule only a command line knows about.
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
     * With {@code --force}, refuses the folder the user stands in and its parents: {@code --out . --force} or
     * {@code --out .. --force} typed in the wrong shell would otherwise replace a repository or a workspace.
     * Checked before generating, so nothing is touched.
     */
    void check(boolean force) {
        if (directory == null || !force) {
            return;
        }
        Path path = path();
        Path current = Path.of("").toAbsolutePath().normalize();
        if (current.startsWith(path) && isNonEmptyDirectory(path)) {
            throw new InvalidInputException(Violation.error(FIELD, "target-protected", "Refusing to replace the "
                    + "contents of " + path + " (the current folder or one of its parents); choose a project "
                    + "folder."));
        }
    }

    /** Writes the project and returns where it went. */
    Path write(GeneratedSolution solution, boolean force) {
        try {
            return directory != null ? new DirectoryWriter().write(solution, path(), force)
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
