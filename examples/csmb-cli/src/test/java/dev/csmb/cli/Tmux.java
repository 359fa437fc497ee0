package dev.csmb.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A command running in a real pseudo-terminal: a detached tmux session on its own server socket, driven with
 * {@code send-keys} and read with {@code capture-pane}. Every wait polls with a deadline; {@link #close} kills the
 * server, so a failed test leaves no tmux or java behind.
 */
final class Tmux implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final String socket;
    private final Path exitFile;

    private Tmux(String socket, Path exitFile) {
        this.socket = socket;
        this.exitFile = exitFile;
    }

    /**
     * Starts {@code command} (a shell line) in a {@code width}×{@code height} terminal in {@code folder}; its exit
     * code is written to a file when it ends, and the pane stays until {@link #close}.
     */
    static Tmux start(Path folder, String command, int width, int height) throws IOException, InterruptedException {
        String socket = "csmb-it-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        Path exitFile = folder.resolveSibling(folder.getFileName() + ".exit");
        Files.deleteIfExists(exitFile);
        Tmux tmux = new Tmux(socket, exitFile);
        tmux.run("new-session", "-d", "-x", String.valueOf(width), "-y", String.valueOf(height), "-c",
                folder.toString(), command + "; echo $? > " + exitFile + "; sleep 600");
        return tmux;
    }

    /** Sends keys by tmux name ({@code Enter}, {@code Down}, {@code Space}, {@code C-c}, …). */
    Tmux keys(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "0"));
        args.addAll(List.of(keys));
        run(args.toArray(String[]::new));
        return this;
    }

    /** Types text literally. */
    Tmux type(String text) throws IOException, InterruptedException {
        run("send-keys", "-t", "0", "-l", text);
        return this;
    }

    /** The screen as text, one line per row. */
    String screen() throws IOException, InterruptedException {
        return run("capture-pane", "-p", "-t", "0");
    }

    /** The screen with its colour escapes. */
    String screenWithEscapes() throws IOException, InterruptedException {
        return run("capture-pane", "-p", "-e", "-t", "0");
    }

    void resize(int width, int height) throws IOException, InterruptedException {
        run("resize-window", "-t", "0", "-x", String.valueOf(width), "-y", String.valueOf(height));
    }

    /** Waits until the screen shows all these texts, and returns it; fails with the last screen after 30 s. */
    String waitFor(String... texts) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = screen();
            String current = screen;
            if (List.of(texts).stream().allMatch(current::contains)) {
                return screen;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("waited 30 s for " + List.of(texts) + "; the screen shows:\n" + screen);
    }

    /** Waits for the command to end and returns its exit code. */
    int exitCode() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(exitFile)) {
                String text = Files.readString(exitFile).strip();
                if (!text.isEmpty()) {
                    return Integer.parseInt(text);
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the command did not end in 30 s; the screen shows:\n" + screen());
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            run("kill-server");
        } catch (AssertionError ignored) {
            // Already gone.
        }
        Files.deleteIfExists(exitFile);
    }

    private String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("tmux " + String.join(" ", args) + " did not finish in 10 s");
        }
        String text = new String(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new AssertionError("tmux " + String.join(" ", args) + " failed: " + text);
        }
        return text;
    }
}
