package dev.csmb.engine.write;

import dev.csmb.api.CsmbException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Turns an {@link IOException} into a {@link CsmbException} whose message a person can act on: what failed,
 * on which path, and why, without a stack trace.
 */
final class IoFailure {

    private IoFailure() {
    }

    /** For example {@code Could not write /tmp/bot/src/index.js: permission denied}. */
    static CsmbException of(String action, Path path, IOException cause) {
        return new CsmbException("Could not " + action + " " + path + ": " + reason(cause), cause);
    }

    /** The operating system's reason, in words, without repeating the path. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        } else if (e instanceof NoSuchFileException) {
            return "no such file or folder (" + e.getMessage() + ")";
        } else if (e instanceof FileAlreadyExistsException) {
            return "it already exists (" + e.getMessage() + ")";
        } else if (e instanceof DirectoryNotEmptyException) {
            return "a folder is not empty (" + e.getMessage() + ")";
        } else if (e instanceof NotDirectoryException) {
            return "not a folder (" + e.getMessage() + ")";
        } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
