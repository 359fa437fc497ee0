package dev.csmb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code target/csmb} launcher, run from a copy of the build output: it records an AppCDS archive named after the
 * jar, maps it on later runs, never keeps one for an earlier jar, and starts quietly without a usable archive.
 */
class LauncherIT {

    @TempDir
    Path folder;

    private Path launcher;
    private Path jar;

    record Run(int exitCode, String out, String err) {
    }

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

    /**
     * The archive the launcher recorded for the jar as it is now: named by its size and modification time in seconds,
     * then a checksum of its path.
     */
    private String archiveName() throws IOException {
        String prefix = "csmb-" + Files.size(jar) + "-" + Files.getLastModifiedTime(jar).to(TimeUnit.SECONDS) + "-";
        List<String> matching = archives().stream().filter(n -> n.startsWith(prefix)).toList();
        assertThat(matching).as("archives for the current jar").hasSize(1);
        assertThat(matching.get(0)).matches("csmb-\\d+-\\d+-\\d+\\.jsa");
        return matching.get(0);
    }

    private List<String> archives() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsa")).sorted().toList();
        }
    }

    private Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().remove("CSMB_CDS_DIR");
        builder.environment().remove("CSMB_JAVA_OPTS");
        builder.environment().remove("CSMB_DEBUG");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(env);
        Path out = folder.resolve(".stdout");
        Path err = folder.resolve(".stderr");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("csmb " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
