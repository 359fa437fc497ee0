package dev.csmb.engine.write;

import dev.csmb.api.CsmbException;
import dev.csmb.api.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a project's files into a fresh staging folder, with the executable bit where asked.
 *
 * <p>Checks for a thread interrupt between files, so a cancelled generation stops promptly.
 */
final class StagedFiles {

    private StagedFiles() {
    }

    /**
     * Writes every file under {@code staging}; messages name the path in {@code target} the file was meant for.
     *
     * @throws CsmbException when a file cannot be written or the thread is interrupted
     */
    static void write(List<GeneratedFile> files, Path staging, Path target) {
        for (GeneratedFile file : files) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CsmbException("Writing the project to " + target + " was interrupted; nothing was written.");
            }
            Path path = staging.resolve(file.path()).normalize();
            if (!path.startsWith(staging) || path.equals(staging)) {
                throw new IllegalStateException("unchecked path escapes the project: " + file.path());
            }
            try {
                Files.createDirectories(path.getParent());
                Files.write(path, file.content(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                if (file.executable()) {
                    markExecutable(path);
                }
            } catch (IOException e) {
                throw IoFailure.of("write", target.resolve(file.path()), e);
            }
        }
    }

    /** Adds execute permission wherever read permission is: {@code 644} becomes {@code 755}, umask respected. */
    static void markExecutable(Path path) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view == null) {
            if (!path.toFile().setExecutable(true) && !Files.isExecutable(path)) {
                throw new IOException("cannot set the executable bit on " + path);
            }
            return;
        }
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        permissions.addAll(view.readAttributes().permissions());
        permissions.add(PosixFilePermission.OWNER_EXECUTE);
        if (permissions.contains(PosixFilePermission.GROUP_READ)) {
            permissions.add(PosixFilePermission.GROUP_EXECUTE);
        }
        if (permissions.contains(PosixFilePermission.OTHERS_READ)) {
            permissions.add(PosixFilePermission.OTHERS_EXECUTE);
        }
        view.setPermissions(permissions);
    }
}
