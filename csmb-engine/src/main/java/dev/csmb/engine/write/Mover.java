package dev.csmb.engine.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * How the writers move a finished file or folder into place: an atomic rename on one file system.
 *
 * <p>A seam for tests, which inject a mover that fails part-way to prove that nothing partial is left.
 */
@FunctionalInterface
interface Mover {

    /** The real mover: {@link Files#move} with {@link StandardCopyOption#ATOMIC_MOVE}. */
    Mover ATOMIC = (source, target) -> Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);

    /** Renames {@code source} to {@code target}. */
    void move(Path source, Path target) throws IOException;
}
