package dev.csmb.engine.escape;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the test scripts in {@code src/test/resources/escape} with the machine's {@code node}: JSON in
 * on standard input, JSON out on standard output. One process checks a whole batch of samples.
 */
final class NodeProcess {

    private NodeProcess() {
    }

    /** Runs {@code script} (a test resource name) with {@code input} and returns what it printed. */
    static String run(String script, String input) {
        Process process;
        try {
            process = new ProcessBuilder(List.of("node", resource(script).toString())).start();
        } catch (IOException e) {
            throw new AssertionError("these tests need Node.js 20.12 or later as 'node' on the PATH", e);
        }
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String stdout = read(process.getInputStream());
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("node " + script + " did not finish within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for node", e);
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("node " + script + " exited with " + process.exitValue() + ": " + stderr.join());
        }
        return stdout;
    }

    private static Path resource(String script) {
        URL url = NodeProcess.class.getResource("/escape/" + script);
        if (url == null) {
            throw new AssertionError("missing test resource escape/" + script);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static String read(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
