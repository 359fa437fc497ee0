package dev.csmb.engine.testkit.node;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external command the way the test kit needs: stdin closed, stderr merged into stdout and read on its
 * own thread (so a chatty command never blocks on a full pipe), a timeout that kills the whole process tree, and
 * the executable looked up on the PATH the command will get, not the JVM's.
 */
public final class CommandRunner {

    /** How many output lines a result keeps at most; earlier lines are dropped. */
    static final int KEPT_LINES = 20_000;

    private CommandRunner() {
    }

    /**
     * Runs {@code command} in {@code directory} with the JVM's environment plus {@code environment}.
     *
     * @throws IllegalStateException when the command cannot be started or the thread is interrupted
     */
    public static CommandResult run(List<String> command, Path directory, Map<String, String> environment,
                                    Duration timeout) {
        List<String> resolved = new ArrayList<>(command);
        String path = environment.getOrDefault("PATH", System.getenv().getOrDefault("PATH", ""));
        which(command.get(0), path).ifPresent(executable -> resolved.set(0, executable.toString()));
        ProcessBuilder builder = new ProcessBuilder(resolved).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process;
        try {
            process = builder.start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run `" + String.join(" ", command) + "` in " + directory + ": "
                    + e.getMessage(), e);
        }
        Deque<String> lines = new ArrayDeque<>();
        Thread reader = new Thread(() -> read(process, lines), "csmb-command-output");
        reader.setDaemon(true);
        reader.start();
        boolean timedOut = false;
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                timedOut = true;
                kill(process);
            }
            reader.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running `" + String.join(" ", command) + "`", e);
        }
        Duration duration = Duration.ofNanos(System.nanoTime() - start);
        String output;
        synchronized (lines) {
            output = String.join("\n", lines);
        }
        return new CommandResult(command, directory, timedOut ? -1 : process.exitValue(), timedOut, duration, output);
    }

    /** The executable file {@code name} on {@code path} (a PATH value); names with a slash are left alone. */
    public static Optional<Path> which(String name, String path) {
        if (name.contains("/") || name.contains(File.separator)) {
            return Optional.empty();
        }
        for (String entry : path.split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                Path candidate = Path.of(entry, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static void read(Process process, Deque<String> lines) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                synchronized (lines) {
                    lines.addLast(line);
                    if (lines.size() > KEPT_LINES) {
                        lines.removeFirst();
                    }
                }
            }
        } catch (IOException e) {
            synchronized (lines) {
                lines.addLast("[csmb: reading the output failed: " + e.getMessage() + "]");
            }
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
