package dev.csmb.engine.write;

import dev.csmb.api.GeneratedFile;
import dev.csmb.api.GeneratedSolution;
import dev.csmb.api.Stable;
import dev.csmb.engine.internal.model.Slugs;
import dev.csmb.engine.internal.paths.PathRules;
import dev.csmb.api.InvalidInputException;
import dev.csmb.api.Violation;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Writes a generated project as a zip archive with a single top-level folder named after the project,
 * deterministic (fixed timestamps, sorted entries) and with executable bits kept.
 *
 * <p>The top-level folder is the project's slug ({@code "My Bot"} → {@code my-bot/}); every folder gets its own
 * entry. The same solution always gives the same bytes (see {@link ZipArchive} for the format and why it is our
 * own). The archive is written to a hidden {@code .<name>.csmb-tmp-*} file beside the target, flushed to disk and
 * renamed into place, so the target is never a half-written archive.
 *
 * <p>Stateless and thread-safe.
 */
@Stable
public final class ZipWriter {

    private final Mover mover;

    /** A writer that moves the finished archive with an atomic rename. */
    public ZipWriter() {
        this(Mover.ATOMIC);
    }

    ZipWriter(Mover mover) {
        this.mover = mover;
    }

    /**
     * @param force replace an existing file
     * @return the absolute, normalized zip path
     * @throws InvalidInputException when the target exists and force is off, or is a folder
     */
    public Path write(GeneratedSolution solution, Path zipFile, boolean force) {
        Objects.requireNonNull(solution, "solution must not be null");
        Objects.requireNonNull(zipFile, "zipFile must not be null");
        PathRules.check(solution);
        Path target = zipFile.toAbsolutePath().normalize();
        inspect(target, force);
        Path temp = tempBeside(target);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
                write(solution, new ZipArchive(out));
                channel.force(true);
            } catch (IOException e) {
                throw IoFailure.of("write", target, e);
            }
            try {
                mover.move(temp, target);
            } catch (IOException e) {
                throw IoFailure.of("move the archive to", target, e);
            }
        } finally {
            Siblings.deleteQuietly(temp);
        }
        return target;
    }

    private static void write(GeneratedSolution solution, ZipArchive archive) throws IOException {
        String root = Slugs.npmName(solution.configuration().projectName()) + "/";
        Map<String, GeneratedFile> entries = new TreeMap<>();
        entries.put(root, null);
        for (GeneratedFile file : solution.files()) {
            String path = file.path();
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                entries.put(root + path.substring(0, slash + 1), null);
            }
            entries.put(root + path, file);
        }
        for (Map.Entry<String, GeneratedFile> entry : entries.entrySet()) {
            GeneratedFile file = entry.getValue();
            if (file == null) {
                archive.addFolder(entry.getKey());
            } else {
                archive.addFile(entry.getKey(), file.content(), file.executable());
            }
        }
        archive.finish();
    }

    private static void inspect(Path target, boolean force) {
        if (target.getParent() == null || Files.isDirectory(target)) {
            throw invalid("target-not-a-file", "The output " + target + " is a folder; choose a file name such as "
                    + "project.zip.");
        }
        if (Files.exists(target) && !force) {
            throw invalid("target-exists", "The file " + target + " already exists; choose another name, or write "
                    + "with force = true to replace it.");
        }
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw IoFailure.of("create the folder", target.getParent(), e);
        }
    }

    private static Path tempBeside(Path target) {
        try {
            return Siblings.createFile(target, "tmp");
        } catch (IOException e) {
            throw IoFailure.of("create a temporary file beside", target, e);
        }
    }

    private static InvalidInputException invalid(String code, String message) {
        return new InvalidInputException(Violation.error(OutputFolder.FIELD, code, message));
    }
}
