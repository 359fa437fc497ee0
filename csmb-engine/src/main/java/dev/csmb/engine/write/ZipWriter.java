package dev.csmb.engine.write;

import dev.csmb.api.GeneratedSolution;
import java.nio.file.Path;

/**
 * Writes a generated project as a zip archive with a single top-level folder named after the project,
 * deterministic (fixed timestamps, sorted entries) and with executable bits kept.
 *
 * <p>STUB: signatures fixed; implementation in progress.
 */
public final class ZipWriter {

    /**
     * @param force replace an existing file
     * @return the absolute, normalized zip path
     */
    public Path write(GeneratedSolution solution, Path zipFile, boolean force) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
