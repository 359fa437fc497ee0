package dev.csmb.engine.testkit;

import dev.csmb.api.GeneratedFile;
import dev.csmb.api.GeneratedSolution;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Compares a generated project with expected files kept under {@code src/test/resources/golden/<name>/}, whole,
 * so a template change shows as a readable diff. Re-record with {@code -Dcsmb.golden.update=true} and review
 * the change with {@code git diff}.
 */
public final class GoldenFiles {

    /** Set this system property to {@code true} to rewrite the golden files instead of comparing. */
    public static final String UPDATE_PROPERTY = "csmb.golden.update";

    private final Path root;

    private GoldenFiles(Path root) {
        this.root = root;
    }

    /** Golden files under {@code src/test/resources/golden} of the module the test runs in. */
    public static GoldenFiles inModule() {
        return new GoldenFiles(Path.of("src", "test", "resources", "golden"));
    }

    /** Asserts the solution equals the golden set {@code name}, or records it when updating. */
    public void assertMatches(String name, GeneratedSolution solution) {
        Path dir = root.resolve(name);
        try {
            if (Boolean.getBoolean(UPDATE_PROPERTY)) {
                record(dir, solution);
                return;
            }
            if (!Files.isDirectory(dir)) {
                throw new AssertionError("no golden files at " + dir.toAbsolutePath() + "; record them with -D"
                        + UPDATE_PROPERTY + "=true");
            }
            compare(dir, solution);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void compare(Path dir, GeneratedSolution solution) throws IOException {
        Map<String, String> expected = read(dir);
        List<String> problems = new ArrayList<>();
        for (GeneratedFile file : solution.files()) {
            String want = expected.remove(file.path());
            if (want == null) {
                problems.add("+ " + file.path() + " (new file, not in the golden set)");
            } else if (!want.equals(file.text())) {
                problems.add("~ " + file.path() + "\n" + TextDiff.firstDifference(want, file.text()));
            }
        }
        expected.keySet().forEach(path -> problems.add("- " + path + " (golden file no longer generated)"));
        if (!problems.isEmpty()) {
            throw new AssertionError("generated files differ from " + dir + " (re-record with -D" + UPDATE_PROPERTY
                    + "=true if the change is intended):\n" + String.join("\n", problems));
        }
    }

    private static Map<String, String> read(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static void record(Path dir, GeneratedSolution solution) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        for (GeneratedFile file : solution.files()) {
            Path target = dir.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.write(target, file.content());
        }
    }
}
