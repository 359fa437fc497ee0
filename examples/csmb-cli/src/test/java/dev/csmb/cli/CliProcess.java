package dev.csmb.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs csmb in a process of its own, as the integration tests that start the packaged jar or the launcher need it:
 * stdout and stderr kept apart (tests hold stderr to being empty), {@code CSMB_DEBUG} never inherited, and a timeout.
 * (The engine test kit's {@code CommandRunner} merges the two streams, which these tests cannot use.)
 */
final class CliProcess {

    /** What one run printed, and how it ended. */
    record Run(int exitCode, String out, String err) {
    }

    private CliProcess() {
    }

    /**
     * Runs {@code command} in {@code directory} with the JVM's environment, without the variables in {@code unset},
     * plus {@code env}; its output goes through files in {@code directory}, removed afterwards.
     *
     * @throws AssertionError when it does not finish within {@code timeout} (it is killed)
     */
    static Run run(List<String> command, Path directory, List<String> unset, Map<String, String> env,
                   Duration timeout) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().remove("CSMB_DEBUG");
        unset.forEach(builder.environment()::remove);
        builder.environment().putAll(env);
        Path out = Files.createTempFile(directory, ".stdout-", "");
        Path err = Files.createTempFile(directory, ".stderr-", "");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("`" + String.join(" ", command) + "` did not finish in "
                        + timeout.toSeconds() + " s");
            }
            return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
