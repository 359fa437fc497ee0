package dev.csmb.engine.write;

import dev.csmb.api.GeneratedSolution;
import java.nio.file.Path;

/**
 * Writes a generated project into a folder: stages it in a temporary folder beside the target, then moves it
 * into place, so an interrupted write leaves no partial project. Refuses a non-empty target unless forced.
 *
 * <p>STUB: signatures fixed; implementation in progress.
 */
public final class DirectoryWriter {

    /**
     * Writes the solution to {@code target}.
     *
     * @param force replace the contents of a non-empty target
     * @return the absolute, normalized target folder
     * @throws dev.csmb.api.InvalidInputException when the target is a non-empty folder and force is off, or is a file
     */
    public Path write(GeneratedSolution solution, Path target, boolean force) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
