package dev.csmb.engine.testkit.node;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What running one external command gave: its exit code (or that it timed out) and its merged output.
 *
 * @param command   the command and its arguments
 * @param directory the working directory
 * @param exitCode  the exit code; meaningless when {@code timedOut}
 * @param timedOut  whether it was killed for running too long
 * @param duration  how long it ran
 * @param output    stdout and stderr interleaved as written, without its earliest lines if it printed very much
 */
public record CommandResult(List<String> command, Path directory, int exitCode, boolean timedOut, Duration duration,
                            String output) {

    public CommandResult {
        command = List.copyOf(Objects.requireNonNull(command, "command must not be null"));
        Objects.requireNonNull(directory, "directory must not be null");
        Objects.requireNonNull(duration, "duration must not be null");
        Objects.requireNonNull(output, "output must not be null");
    }

    /** Whether it finished in time with exit code 0. */
    public boolean succeeded() {
        return !timedOut && exitCode == 0;
    }

    /** The last {@code lines} lines of the output. */
    public String tail(int lines) {
        List<String> all = output.lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /**
     * A report for a failure message: the folder, the command, how it ended, and the last {@code lines} lines of
     * output.
     */
    public String describe(int lines) {
        String ending = timedOut ? "timed out after " + seconds(duration) + " and was killed"
                : "exited with code " + exitCode + " after " + seconds(duration);
        return "In " + directory + ": `" + String.join(" ", command) + "` " + ending + "; last " + lines
                + " lines of its output:\n" + tail(lines);
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
