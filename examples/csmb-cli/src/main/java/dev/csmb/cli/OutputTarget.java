package dev.csmb.cli;

import dev.csmb.api.GeneratedSolution;
import dev.csmb.api.InvalidInputException;
import dev.csmb.api.Violation;
import dev.csmb.engine.write.DirectoryWriter;
import dev.csmb.engine.write.ZipWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/** Where {@code generate} writes: a folder ({@code --out}) or a zip archive ({@code --zip}), never both. */
final class OutputTarget {

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
     * Refuses a target that would lose data or cannot be written, before any time is spent generating. The
     * writers check again; this check exists so the user hears about it first and nothing is touched.
     */
    void check(boolean force) {
        Path path = path();
        if (directory != null) {
            if (Files.exists(path) && !Files.isDirectory(path)) {
                throw invalid("--out", "not-a-directory", "exists and is not a folder: " + path);
            }
            if (!force && isNonEmptyDirectory(path)) {
                throw invalid("--out", "not-empty", "folder is not empty: " + path
                        + " (use --force to replace its contents)");
            }
            if (force) {
                refuseToReplace(path);
            }
        } else {
            if (Files.isDirectory(path)) {
                throw invalid("--zip", "is-a-directory", "is a folder, not a file: " + path);
            }
            if (!force && Files.exists(path)) {
                throw invalid("--zip", "exists", "file exists: " + path + " (use --force to replace it)");
            }
        }
    }

    /**
     * {@code --force} replaces a folder's contents. A typo such as {@code --out ~ --force} or {@code --out ..}
     * must not wipe a home folder, a file system root or the folder the user stands in, so those are refused.
     */
    private static void refuseToReplace(Path path) {
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        Path current = Path.of("").toAbsolutePath().normalize();
        String why = path.getParent() == null ? "a file system root"
                : path.equals(home) ? "your home folder"
                : current.startsWith(path) ? "the current folder or one of its parents"
                : null;
        if (why != null && isNonEmptyDirectory(path)) {
            throw invalid("--out", "unsafe-target", "refusing to replace the contents of " + path + ": it is "
                    + why + "; choose a new folder");
        }
    }

    /** Writes the project and returns where it went. */
    Path write(GeneratedSolution solution, boolean force) {
        return directory != null ? new DirectoryWriter().write(solution, path(), force)
                : new ZipWriter().write(solution, path(), force);
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

    private static InvalidInputException invalid(String field, String code, String message) {
        return new InvalidInputException(Violation.error(field, code, message));
    }
}
