package dev.csmb.engine.write;

import dev.csmb.api.GeneratedSolution;
import dev.csmb.api.Stable;
import dev.csmb.engine.internal.paths.PathRules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes a generated project into a folder: stages it in a temporary folder beside the target, then moves it
 * into place, so an interrupted write leaves no partial project. Refuses a non-empty target unless forced.
 *
 * <p>In order: every file path is checked ({@link PathRules}; a bad path is a
 * {@link dev.csmb.api.DefinitionException} and nothing is written); the target is inspected (a file, the
 * file-system root, a non-empty folder without {@code force}, or a non-empty {@link ProtectedFolders protected
 * folder} — the home folder by any of its names, the working folder, or a folder containing one — even with
 * {@code force}, is an {@link dev.csmb.api.InvalidInputException} on field {@code "out"}, and the folder is left
 * untouched); missing parent folders are created; the files are
 * written into a hidden staging folder {@code .<name>.csmb-tmp-*} in the target's parent; then
 * <ul>
 *   <li>a target that does not exist yet is created by renaming the staging folder: all or nothing;</li>
 *   <li>an existing target keeps its folder; its old entries (with {@code force}) are moved to a hidden
 *       {@code .<name>.csmb-old-*} folder beside it, the new entries are moved in, and the old ones deleted.
 *       If a step fails, the new entries are removed and the old ones put back.</li>
 * </ul>
 * Any failure, including a thread interrupt, removes the staging folder before the exception leaves. Only a
 * crash of the JVM itself can leave something behind: a hidden {@code .<name>.csmb-tmp-*} folder (and, if it
 * happens during the final renames of a forced write, a {@code .<name>.csmb-old-*} folder) beside the target,
 * which can be deleted by hand. Environment failures are {@link dev.csmb.api.CsmbException}s whose message names
 * the path. The staging folder must be on the target's file system; a target that is itself a mount point
 * therefore works only when it does not exist yet or its parent is on the same file system.
 *
 * <p>Stateless and thread-safe; two writers must not write the same target at the same time.
 */
@Stable
public final class DirectoryWriter {

    private final Mover mover;
    private final ProtectedFolders protectedFolders;

    /** A writer that moves with atomic renames and protects {@link ProtectedFolders#standard()}. */
    public DirectoryWriter() {
        this(ProtectedFolders.standard());
    }

    /** A writer that never replaces the contents of these folders (or of a folder containing one). */
    public DirectoryWriter(ProtectedFolders protectedFolders) {
        this(Mover.ATOMIC, protectedFolders);
    }

    DirectoryWriter(Mover mover) {
        this(mover, ProtectedFolders.standard());
    }

    DirectoryWriter(Mover mover, ProtectedFolders protectedFolders) {
        this.mover = mover;
        this.protectedFolders = Objects.requireNonNull(protectedFolders, "protectedFolders must not be null");
    }

    /**
     * Writes the solution to {@code target}.
     *
     * @param force replace the contents of a non-empty target
     * @return the absolute, normalized target folder
     * @throws dev.csmb.api.InvalidInputException when the target is a non-empty folder and force is off, or is a file
     */
    public Path write(GeneratedSolution solution, Path target, boolean force) {
        Objects.requireNonNull(solution, "solution must not be null");
        Objects.requireNonNull(target, "target must not be null");
        PathRules.check(solution);
        Path absolute = target.toAbsolutePath().normalize();
        OutputFolder out = OutputFolder.inspect(absolute, force, protectedFolders);
        Path staging = stagingBeside(out.folder());
        try {
            StagedFiles.write(solution.files(), staging, absolute);
            if (out.exists()) {
                new ContentSwap(mover).replace(out.folder(), staging);
            } else {
                moveInto(staging, out.folder());
            }
        } finally {
            Siblings.deleteQuietly(staging);
        }
        return absolute;
    }

    private void moveInto(Path staging, Path folder) {
        try {
            mover.move(staging, folder);
        } catch (IOException e) {
            throw IoFailure.of("move the project into", folder, e);
        }
    }

    private static Path stagingBeside(Path folder) {
        try {
            return Siblings.createDirectory(folder, "tmp");
        } catch (IOException e) {
            throw IoFailure.of("create a staging folder beside", folder, e);
        }
    }
}
