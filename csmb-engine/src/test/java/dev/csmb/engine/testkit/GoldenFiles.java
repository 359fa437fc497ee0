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
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Compares a generated project with expected files kept under {@code src/test/resources/golden/<name>/}, whole,
 * so a template change shows as a readable diff. Re-record with {@code -Dcsmb.golden.update=true} and review
 * the change with {@code git diff}.
 *
 * <p>A platform module compares only what it owns ({@link #platformOwned}): its {@code src/platform/**},
 * {@code locales/platform.*} and {@code test/platform/**} files and its README sections, kept as
 * {@value #README_SECTIONS}. The shared runtime's files are the engine's to test, so a runtime change does not
 * re-record every platform's golden files.
 */
public final class GoldenFiles {

    /** Set this system property to {@code true} to rewrite the golden files instead of comparing. */
    public static final String UPDATE_PROPERTY = "csmb.golden.update";

    /** The golden file holding a platform's README sections. */
    public static final String README_SECTIONS = "README.platform.md";

    private final Path root;
    private final Predicate<String> include;
    private final List<String> readmeHeadings;

    private GoldenFiles(Path root, Predicate<String> include, List<String> readmeHeadings) {
        this.root = root;
        this.include = include;
        this.readmeHeadings = List.copyOf(readmeHeadings);
    }

    /** Golden files under {@code src/test/resources/golden} of the module the test runs in, for every file. */
    public static GoldenFiles inModule() {
        return new GoldenFiles(Path.of("src", "test", "resources", "golden"), path -> true, List.of());
    }

    /**
     * A copy that compares only the files a platform owns, and the README sections starting at these headings
     * (each up to the next {@code ## } heading).
     *
     * @param readmeHeadings the platform's README headings, for example {@code "## Chatting in the terminal"}
     */
    public GoldenFiles platformOwned(String... readmeHeadings) {
        return new GoldenFiles(root, GoldenFiles::platformOwns, List.of(readmeHeadings));
    }

    /** A copy that compares only the files (of those it compared) whose path passes {@code paths}. */
    public GoldenFiles only(Predicate<String> paths) {
        return new GoldenFiles(root, include.and(paths), readmeHeadings);
    }

    /** Whether a project path is a platform's own: its adapter code, its message catalogs, its tests. */
    public static boolean platformOwns(String path) {
        return path.startsWith("src/platform/") || path.startsWith("locales/platform.")
                || path.startsWith("test/platform/");
    }

    /** Asserts the solution equals the golden set {@code name}, or records it when updating. */
    public void assertMatches(String name, GeneratedSolution solution) {
        solution = selected(solution);
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

    private GeneratedSolution selected(GeneratedSolution solution) {
        List<GeneratedFile> files = new ArrayList<>(solution.files().stream().filter(f -> include.test(f.path()))
                .toList());
        if (!readmeHeadings.isEmpty()) {
            String readme = solution.file("README.md").map(GeneratedFile::text)
                    .orElseThrow(() -> new AssertionError("no README.md to take the platform's sections from"));
            StringBuilder sections = new StringBuilder();
            for (String heading : readmeHeadings) {
                sections.append(section(readme, heading));
            }
            files.add(GeneratedFile.text(README_SECTIONS, sections.toString()));
        }
        return new GeneratedSolution(solution.configuration(), solution.platform(), files, solution.setupSteps(),
                solution.estimatedTime(), solution.complexity(), solution.warnings());
    }

    private static String section(String readme, String heading) {
        int start = readme.startsWith(heading + "\n") ? 0 : readme.indexOf("\n" + heading + "\n");
        if (start < 0) {
            throw new AssertionError("README.md has no section '" + heading + "'");
        }
        start = readme.indexOf(heading, start);
        int end = readme.indexOf("\n## ", start + heading.length());
        return readme.substring(start, end < 0 ? readme.length() : end + 1);
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
