package dev.csmb.engine.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Checks generated JavaScript with the machine's {@code node --check}, which parses without running. */
public final class NodeSyntax {

    private NodeSyntax() {
    }

    /** Asserts every {@code .js} file under {@code dir} parses; {@code context} goes into the failure message. */
    public static void assertAllJavaScriptParses(Path dir, String context) throws IOException, InterruptedException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".js")).sorted().toList();
        }
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            Process process = new ProcessBuilder("node", "--check", file.toString()).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                failures.add(dir.relativize(file) + ": node --check timed out");
            } else if (process.exitValue() != 0) {
                failures.add(dir.relativize(file) + ":\n" + output);
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(context + ": JavaScript that does not parse in " + dir + ":\n"
                    + String.join("\n", failures));
        }
    }
}
