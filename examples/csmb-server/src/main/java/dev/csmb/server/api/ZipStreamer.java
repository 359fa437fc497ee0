package dev.csmb.server.api;

import dev.csmb.api.GeneratedSolution;
import dev.csmb.engine.write.ZipWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/**
 * Writes a solution's zip to a response. The engine's {@link ZipWriter} (the same archive {@code csmb generate
 * --zip} writes, byte for byte) writes to a file, so the archive goes to a private temporary folder first and is
 * streamed from there in chunks; the folder is deleted afterwards.
 */
@Component
class ZipStreamer {

    private final ZipWriter writer = new ZipWriter();

    void write(GeneratedSolution solution, OutputStream out) throws IOException {
        Path folder = Files.createTempDirectory("csmb-zip-");
        Path zip = folder.resolve("project.zip");
        try {
            writer.write(solution, zip, false);
            Files.copy(zip, out);
        } finally {
            Files.deleteIfExists(zip);
            Files.deleteIfExists(folder);
        }
    }
}
