package dev.csmb.engine.testkit.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A generated Node.js project on disk, verified for real with the Node.js its package.json declares.
 *
 * <pre>{@code
 * NodeProject.at(folder).install().test().typecheck();
 * CommandResult start = NodeProject.at(folder).run("node", "src/index.js");
 * }</pre>
 *
 * <p>Commands run in the project folder with stdin closed and the {@link NodeToolchain} satisfying
 * {@code engines.node} first on the PATH. A failing step throws an {@link AssertionError} naming the folder, the
 * command, the exit code (or the timeout) and the last {@value #REPORTED_LINES} lines of output. Immutable.
 */
public final class NodeProject {

    /** How long one command may run unless {@link #withTimeout} says otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    /** How many lines of output a failure message shows. */
    public static final int REPORTED_LINES = 200;

    private final Path directory;
    private final NodeVersionRange engines;
    private final Duration timeout;
    private final java.util.Map<String, String> extraEnv;

    private NodeProject(Path directory, NodeVersionRange engines, Duration timeout,
                        java.util.Map<String, String> extraEnv) {
        this.directory = directory;
        this.engines = engines;
        this.timeout = timeout;
        this.extraEnv = java.util.Map.copyOf(extraEnv);
    }

    /** This project with one more environment variable for every command, e.g. {@code REDIS_URL}. */
    public NodeProject withEnv(String name, String value) {
        java.util.Map<String, String> env = new java.util.TreeMap<>(extraEnv);
        env.put(Objects.requireNonNull(name, "name must not be null"), Objects.requireNonNull(value, "value must not be null"));
        return new NodeProject(directory, engines, timeout, env);
    }

    /**
     * The project in {@code directory}, whose package.json must declare {@code engines.node}.
     *
     * @throws AssertionError when package.json is missing, unreadable or declares no usable range
     */
    public static NodeProject at(Path directory) {
        Path folder = Objects.requireNonNull(directory, "directory must not be null").toAbsolutePath().normalize();
        Path packageJson = folder.resolve("package.json");
        JsonNode range;
        try {
            range = new ObjectMapper().readTree(Files.readString(packageJson)).path("engines").path("node");
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + packageJson + ": " + e, e);
        }
        if (!range.isTextual()) {
            throw new AssertionError(packageJson + " declares no engines.node range");
        }
        try {
            return new NodeProject(folder, NodeVersionRange.parse(range.asText()), DEFAULT_TIMEOUT, java.util.Map.of());
        } catch (IllegalArgumentException e) {
            throw new AssertionError(packageJson + ": engines.node: " + e.getMessage(), e);
        }
    }

    /** A copy whose commands may each run for {@code value}. */
    public NodeProject withTimeout(Duration value) {
        return new NodeProject(directory, engines, Objects.requireNonNull(value, "timeout must not be null"), extraEnv);
    }

    /** The project folder, absolute. */
    public Path directory() {
        return directory;
    }

    /** The declared {@code engines.node} range. */
    public NodeVersionRange engines() {
        return engines;
    }

    /** The Node.js the commands run with (resolved, and installed if needed, on first use). */
    public NodeToolchain toolchain() {
        return NodeToolchain.satisfying(engines);
    }

    /** {@code npm install --no-audit --no-fund --prefer-offline}, which must succeed. */
    public NodeProject install() {
        return succeeds("npm", "install", "--no-audit", "--no-fund", "--prefer-offline");
    }

    /** {@code npm test}, which must succeed and must have run at least one test. */
    public NodeProject test() {
        CommandResult result = run("npm", "test");
        if (!result.succeeded()) {
            throw new AssertionError(result.describe(REPORTED_LINES));
        }
        if (NO_TESTS.matcher(result.output()).find()) {
            throw new AssertionError("npm test ran no test\n" + result.describe(REPORTED_LINES));
        }
        return this;
    }

    /** What node's test runner (tap or spec reporter) prints when it found nothing to run. */
    private static final java.util.regex.Pattern NO_TESTS =
            java.util.regex.Pattern.compile("(?m)^(# tests 0|\u2139 tests 0)\\s*$");

    /** {@code npm run typecheck}, which must succeed. */
    public NodeProject typecheck() {
        return succeeds("npm", "run", "typecheck");
    }

    /** {@link #install()}, {@link #test()} and {@link #typecheck()}: what makes a generated project count as working. */
    public NodeProject verify() {
        return install().test().typecheck();
    }

    /** Runs {@code command} and throws an {@link AssertionError} describing it unless it succeeds. */
    public NodeProject succeeds(String... command) {
        CommandResult result = run(command);
        if (!result.succeeded()) {
            throw new AssertionError(result.describe(REPORTED_LINES));
        }
        return this;
    }

    /** Runs any command, for example {@code run("npm", "run", "lint")}, and returns how it went. */
    public CommandResult run(String... command) {
        if (command.length == 0) {
            throw new IllegalArgumentException("command must not be empty");
        }
        NodeToolchain node = toolchain();
        System.out.println("[csmb] " + String.join(" ", command) + " in " + directory + " with " + node);
        java.util.Map<String, String> env = new java.util.HashMap<>(node.environment());
        env.putAll(extraEnv);
        return CommandRunner.run(List.of(command), directory, env, timeout);
    }
}
