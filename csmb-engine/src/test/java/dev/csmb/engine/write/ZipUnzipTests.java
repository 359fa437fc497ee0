package dev.csmb.engine.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cross-checks {@link ZipWriter}'s archives with Info-ZIP's {@code unzip}, the tool most users unpack with. */
class ZipUnzipTests {

    @TempDir
    Path temp;

    @Test
    void unzipFindsNoErrorsAndRestoresTheExecutableBit() throws Exception {
        assumeTrue(unzipAvailable(), "unzip is not installed; .ci/run installs it");
        Path zip = new ZipWriter().write(Solutions.sample(), temp.resolve("bot.zip"), false);

        assertThat(unzip("-t", zip.toString())).contains("No errors detected");
        unzip("-q", zip.toString(), "-d", temp.resolve("out").toString());

        Path project = temp.resolve("out/my-bot");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(project.resolve("bin/start.sh"))))
                .isEqualTo("rwxr-xr-x");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(project.resolve("src/index.js"))))
                .isEqualTo("rw-r--r--");
        assertThat(Files.readString(project.resolve("README.md"))).isEqualTo("# My Bot — grüße\n");
    }

    private static boolean unzipAvailable() {
        try {
            return run("unzip", "-v") == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static int run(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String unzip(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "unzip";
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("unzip %s%n%s", String.join(" ", args), output).isZero();
        return output;
    }
}
