package dev.csmb.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.engine.fixtures.FixturePlatformGenerator;
import dev.csmb.engine.testkit.CsmbTestKit;
import dev.csmb.engine.testkit.GeneratedProject;
import dev.csmb.engine.testkit.NodeSyntax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime's static files (copied verbatim, not templates) are real code, checked in this repository: each
 * {@code .js} one must parse, and must reach the npm matrix unchanged in the "everything" configurations of
 * {@link RuntimeProjectIT}, whose {@code npm run lint} and {@code npm run typecheck} then check it as it is here.
 */
class StaticRuntimeFilesTests {

    private static final Path RUNTIME = Path.of("src", "main", "resources", "csmb", "runtime");
    private static final List<String> CHECKED_BY_THE_MATRIX = List.of("everything-persistent", "everything-scaled");
    private static final CsmbTestKit KIT = CsmbTestKit.forGenerator(new FixturePlatformGenerator());

    @Test
    void everyStaticJavaScriptFileIsLintedAndTypeCheckedAsItIs() throws IOException {
        Map<String, String> generated = new TreeMap<>();
        for (GeneratedProject project : everythingProjects()) {
            project.solution().files().forEach(f -> generated.put(f.path(), f.text()));
        }
        Map<String, String> statics = staticJavaScript();

        assertThat(statics).as("static .js files under " + RUNTIME).hasSizeGreaterThan(30);
        statics.forEach((path, text) -> assertThat(generated.get(path))
                .as(path + " in the matrix's everything configurations, verbatim").isEqualTo(text));
    }

    @Test
    void everyStaticJavaScriptFileParses(@TempDir Path dir) throws IOException, InterruptedException {
        Files.writeString(dir.resolve("package.json"), "{\"type\": \"module\"}\n");
        for (Map.Entry<String, String> file : staticJavaScript().entrySet()) {
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
        }
        NodeSyntax.assertAllJavaScriptParses(dir, "static runtime files");
    }

    @SuppressWarnings("unchecked")
    private static List<GeneratedProject> everythingProjects() {
        return RuntimeProjectIT.configurations().map(a -> a.get())
                .filter(a -> CHECKED_BY_THE_MATRIX.contains((String) a[0]))
                .map(a -> KIT.with((UnaryOperator<BuildConfiguration.Builder>) a[1]).generate()).toList();
    }

    /** Project path to content of every static {@code .js} file of the runtime. */
    private static Map<String, String> staticJavaScript() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(RUNTIME)) {
            for (Path p : walk.filter(p -> p.toString().endsWith(".js")).toList()) {
                files.put(RUNTIME.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return files;
    }
}
