package dev.csmb.server;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.engine.write.DirectoryWriter;
import dev.csmb.engine.write.ProtectedFolders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Projects as path → content maps: what {@code csmb generate --out} writes, and what a zip unpacks to. */
public final class Projects {

    private Projects() {
    }

    /** The files {@code csmb generate} writes for this configuration: the engine and its DirectoryWriter. */
    public static Map<String, byte[]> asTheCliWrites(BuildConfiguration configuration, Path scratch) {
        Path out = scratch.resolve("cli-reference");
        new DirectoryWriter(ProtectedFolders.of(List.of())).write(Configs.ENGINE.generate(configuration), out, false);
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The same files with contents as ISO-8859-1 text: exact, and comparable with readable diffs. */
    public static Map<String, String> comparable(Map<String, byte[]> files) {
        Map<String, String> out = new TreeMap<>();
        files.forEach((path, bytes) -> out.put(path, new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)));
        return out;
    }

    /** The files in a zip, below its one top folder, which must be {@code root}. */
    public static Map<String, byte[]> unzip(byte[] zip, String root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.getName().startsWith(root + "/")) {
                    throw new AssertionError("entry outside " + root + "/: " + entry.getName());
                }
                if (!entry.isDirectory()) {
                    files.put(entry.getName().substring(root.length() + 1), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
