package dev.csmb.engine.write;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hidden working files and folders created beside a target, named {@code .<name>.csmb-<kind>-<random>}.
 *
 * <p>They live in the target's parent so that moving them into place is a rename on one file system. They are
 * created with {@link Files#createDirectory} rather than {@link Files#createTempDirectory} so that the umask,
 * not a private {@code 0700} mode, decides the permissions the finished project ends up with.
 */
final class Siblings {

    private static final Logger LOG = LoggerFactory.getLogger(Siblings.class);
    private static final Random RANDOM = new SecureRandom();
    private static final int ATTEMPTS = 20;

    private Siblings() {
    }

    /** Creates a new empty folder beside {@code target}; {@code kind} is for example {@code "tmp"} or {@code "old"}. */
    static Path createDirectory(Path target, String kind) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return Files.createDirectory(name(target, kind));
            } catch (FileAlreadyExistsException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Creates a new empty file beside {@code target}. */
    static Path createFile(Path target, String kind) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return Files.createFile(name(target, kind));
            } catch (FileAlreadyExistsException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Deletes a file or a folder with everything in it; symbolic links are deleted, never followed. */
    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Deletes like {@link #deleteRecursively} and logs, rather than throws, when that fails. */
    static void deleteQuietly(Path path) {
        try {
            deleteRecursively(path);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}; delete it by hand", path, IoFailure.reason(e));
        }
    }

    private static Path name(Path target, String kind) {
        String suffix = Long.toUnsignedString(RANDOM.nextLong(), 36);
        return target.resolveSibling("." + target.getFileName() + ".csmb-" + kind + "-" + suffix);
    }
}
