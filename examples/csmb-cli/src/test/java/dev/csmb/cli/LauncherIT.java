package dev.csmb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.cli.CliProcess.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code target/csmb} launcher, run from a copy of the build output: it records an AppCDS archive named after the
 * jar, maps it on later runs, never keeps one for an earlier jar at its path, leaves other installs' archives alone,
 * and starts quietly without a usable archive.
 */
class LauncherIT {

    @TempDir
    Path folder;

    private Path launcher;
    private Path jar;

    @BeforeEach
    void copyBuildOutput() throws IOException {
        Path built = Path.of(System.getProperty("csmb.jar", "target/csmb.jar")).toAbsolutePath();
        launcher = Files.copy(built.resolveSibling("csmb"), folder.resolve("csmb"));
        jar = Files.copy(built, folder.resolve("csmb.jar"), StandardCopyOption.COPY_ATTRIBUTES);
        assertThat(launcher.toFile().setExecutable(true)).isTrue();
    }

    @Test
    void theFirstRunRecordsAnArchiveForThisJarAndLaterRunsMapIt() throws Exception {
        Run first = run(Map.of(), "--version");

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("csmb");
        assertThat(first.err()).isEmpty();
        assertThat(archives()).containsExactly(archiveName());

        // -Xshare:on makes the JVM fail instead of falling back, so success proves the archive was mapped.
        Run mapped = run(Map.of("CSMB_JAVA_OPTS", "-Xshare:on"), "platforms");
        assertThat(mapped.exitCode()).as(mapped.err()).isZero();
        assertThat(mapped.out()).contains("cli-interface");
        assertThat(mapped.err()).isEmpty();
    }

    @Test
    void theArchiveHoldsTheClassesTheRecordingRunLoadedPicocliIncluded() throws Exception {
        Run first = run(Map.of(), "platforms");
        assertThat(first.exitCode()).as(first.err()).isZero();

        // picocli is compiled for Java 5; an archive recorded at exit (-XX:ArchiveClassesAtExit) leaves such classes
        // out, the static archive the launcher dumps holds them.
        Run logged = run(Map.of("CSMB_JAVA_OPTS", "-Xlog:class+load=info:stdout"), "platforms");
        assertThat(logged.exitCode()).as(logged.err()).isZero();
        assertThat(logged.out()).contains("cli-interface")
                .containsPattern("picocli\\.CommandLine source: shared objects file")
                .containsPattern("dev\\.csmb\\.engine\\.CsmbEngine source: shared objects file");
    }

    @Test
    void twoFirstRunsAtOnceBothSucceedAndLeaveOneArchive() throws Exception {
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<Run> first = two.submit(() -> run(Map.of(), "platforms"));
            Future<Run> second = two.submit(() -> run(Map.of(), "platforms"));
            for (Run run : List.of(first.get(), second.get())) {
                assertThat(run.exitCode()).as(run.err()).isZero();
                assertThat(run.out()).contains("cli-interface");
                assertThat(run.err()).isEmpty();
            }
        } finally {
            two.shutdownNow();
        }

        // Each run writes under its own temporary names and moves the archive into place: one archive, nothing
        // half-written left behind, and it maps.
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("csmb", "csmb.jar", archiveName());
        }
        assertThat(run(Map.of("CSMB_JAVA_OPTS", "-Xshare:on"), "--version").exitCode()).isZero();
    }

    @Test
    void aRebuiltJarGetsANewArchiveAndTheStaleOneIsDeleted() throws Exception {
        run(Map.of(), "--version");
        String stale = archiveName();

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        Run rebuilt = run(Map.of(), "platforms");

        assertThat(rebuilt.exitCode()).isZero();
        assertThat(rebuilt.out()).contains("cli-interface");
        assertThat(rebuilt.err()).isEmpty();
        assertThat(archiveName()).isNotEqualTo(stale);
        assertThat(archives()).containsExactly(archiveName()).doesNotContain(stale);
        assertThat(run(Map.of("CSMB_JAVA_OPTS", "-Xshare:on"), "--version").exitCode()).isZero();
    }

    @Test
    void installsSharingAnArchiveFolderKeepEachOthersArchives() throws Exception {
        Path shared = Files.createDirectory(folder.resolve("cds"));
        Path other = Files.createDirectory(folder.resolve("other"));
        Path otherLauncher = Files.copy(launcher, other.resolve("csmb"));
        Path otherJar = Files.copy(jar, other.resolve("csmb.jar"), StandardCopyOption.COPY_ATTRIBUTES);
        Map<String, String> env = Map.of("CSMB_CDS_DIR", shared.toString());

        Run a = run(launcher, env, "--version");
        String archiveA = archiveName(jar, shared);
        Run b = run(otherLauncher, env, "--version");
        String archiveB = archiveName(otherJar, shared);
        Path recordedA = shared.resolve(archiveA);
        Object fileA = Files.readAttributes(recordedA, BasicFileAttributes.class).fileKey();
        FileTime timeA = Files.getLastModifiedTime(recordedA);
        // -Xshare:on makes the JVM fail instead of falling back, so success proves A's archive was still there.
        Run again = run(launcher, Map.of("CSMB_CDS_DIR", shared.toString(), "CSMB_JAVA_OPTS", "-Xshare:on"),
                "platforms");

        assertThat(a.exitCode()).as(a.err()).isZero();
        assertThat(b.exitCode()).as(b.err()).isZero();
        assertThat(archiveB).isNotEqualTo(archiveA);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("cli-interface");
        assertThat(again.err()).isEmpty();
        assertThat(archives(shared)).containsExactlyInAnyOrder(archiveA, archiveB);
        assertThat(Files.readAttributes(recordedA, BasicFileAttributes.class).fileKey())
                .as("the third run mapped A's archive instead of recording it again").isEqualTo(fileA);
        assertThat(Files.getLastModifiedTime(recordedA)).isEqualTo(timeA);
        assertThat(archives(folder)).isEmpty();
        assertThat(archives(other)).isEmpty();
    }

    @Test
    void aDamagedArchiveOrNoArchiveAtAllStillRunsQuietly() throws Exception {
        run(Map.of(), "--version");
        Files.writeString(folder.resolve(archiveName()), "not a CDS archive");

        Run damaged = run(Map.of(), "platforms");
        Run off = run(Map.of("CSMB_CDS", "off"), "platforms");

        assertThat(damaged.exitCode()).isZero();
        assertThat(damaged.out()).contains("cli-interface");
        assertThat(damaged.err()).isEmpty();
        assertThat(off.exitCode()).isZero();
        assertThat(off.out()).isEqualTo(damaged.out());
        assertThat(off.err()).isEmpty();
    }

    @Test
    void generateThroughTheLauncherWritesTheProject() throws Exception {
        Run generated = run(Map.of(), "generate", "--platform=cli-interface", "--name=Launcher Bot",
                "--out=" + folder.resolve("bot"));

        assertThat(generated.exitCode()).as(generated.err()).isZero();
        assertThat(folder.resolve("bot/package.json")).isRegularFile();
        assertThat(generated.err()).isEmpty();
    }

    /** The archive the launcher recorded for the jar beside it, as the jar is now. */
    private String archiveName() throws IOException, InterruptedException {
        return archiveName(jar, folder);
    }

    /**
     * The archive the launcher recorded in {@code dir} for {@code jarFile} as it is now: named by a checksum of the jar's
     * path and the JVM's, then the jar's size and modification time in seconds.
     */
    private static String archiveName(Path jarFile, Path dir) throws IOException, InterruptedException {
        String name = "csmb-" + pathChecksum(jarFile) + "-" + Files.size(jarFile) + "-"
                + Files.getLastModifiedTime(jarFile).to(TimeUnit.SECONDS) + ".jsa";
        assertThat(name).matches("csmb-\\d+-\\d+-\\d+\\.jsa");
        assertThat(archives(dir)).as("archives for the current jar").contains(name);
        return name;
    }

    /**
     * The POSIX {@code cksum} of the jar's real path and the real path of the {@code java} it runs on (the test runs the
     * launcher with this JVM's {@code JAVA_HOME}), as the launcher computes it.
     */
    private static String pathChecksum(Path jarFile) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java").toRealPath();
        Process cksum = new ProcessBuilder("sh", "-c", "printf '%s\\n%s' \"$1\" \"$2\" | cksum", "sh",
                jarFile.toRealPath().toString(), java.toString())
                .redirectErrorStream(true).start();
        String out = new String(cksum.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(cksum.waitFor()).as(out).isZero();
        return out.trim().split(" ")[0];
    }

    private List<String> archives() throws IOException {
        return archives(folder);
    }

    private static List<String> archives(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsa")).sorted().toList();
        }
    }

    private Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return run(launcher, env, args);
    }

    private static Run run(Path script, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", script.toString()));
        command.addAll(List.of(args));
        Map<String, String> environment = new HashMap<>(Map.of("JAVA_HOME", System.getProperty("java.home")));
        environment.putAll(env);
        return CliProcess.run(command, script.getParent(), List.of("CSMB_CDS_DIR", "CSMB_JAVA_OPTS"), environment,
                Duration.ofSeconds(120));
    }
}
