package dev.csmb.engine.write;

import dev.csmb.api.InvalidInputException;
import dev.csmb.api.Violation;
import dev.csmb.engine.escape.MessageText;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The folder a project is written to, inspected before anything is staged: whether it exists, whether it holds
 * anything, and whether the caller may write there.
 *
 * @param folder   the real, absolute folder (symbolic links resolved when it exists)
 * @param exists   whether the folder already exists
 * @param occupied whether it exists and holds at least one entry
 */
record OutputFolder(Path folder, boolean exists, boolean occupied) {

    /** The violations' field: the CLI's {@code --out} option. */
    static final String FIELD = "out";

    /**
     * Inspects {@code folder} (absolute and normalized) and creates its missing parents.
     *
     * @throws InvalidInputException when it is a file, the file-system root, not empty without {@code force}, or
     *                               not empty and one of the {@code protectedFolders} (or contains one)
     */
    static OutputFolder inspect(Path folder, boolean force, ProtectedFolders protectedFolders) {
        String shown = MessageText.printable(folder.toString());
        if (folder.getParent() == null) {
            throw invalid("target-is-root", "Cannot write a project to the file-system root " + shown
                    + "; choose a project folder.");
        }
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createDirectories(folder.getParent());
            } catch (IOException e) {
                throw IoFailure.of("create the folder", folder.getParent(), e);
            }
            return new OutputFolder(folder, false, false);
        }
        Path real = realPath(folder);
        if (!Files.isDirectory(real)) {
            throw invalid("target-not-a-folder", "The output " + shown + " is a file, not a folder; "
                    + "choose a folder.");
        }
        boolean occupied = hasEntries(real);
        if (occupied && !force) {
            throw invalid("target-not-empty", "The folder " + shown + " is not empty; choose a new or empty "
                    + "folder, or write with force = true to replace its contents.");
        }
        if (occupied) {
            protectedFolders.reason(folder).ifPresent(reason -> {
                throw protectedTarget(shown, reason);
            });
        }
        return new OutputFolder(real, true, occupied);
    }

    private static Path realPath(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            throw IoFailure.of("resolve", folder, e);
        }
    }

    private static boolean hasEntries(Path folder) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return entries.iterator().hasNext();
        } catch (IOException e) {
            throw IoFailure.of("read the folder", folder, e);
        }
    }

    /** The problem for a forced write into a protected folder. */
    static InvalidInputException protectedTarget(String shownFolder, String reason) {
        return invalid("target-protected", "Refusing to replace the contents of " + shownFolder + ": " + reason
                + "; choose a project folder.");
    }

    private static InvalidInputException invalid(String code, String message) {
        return new InvalidInputException(Violation.error(FIELD, code, message));
    }
}
