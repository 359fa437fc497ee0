package dev.csmb.engine.write;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.Complexity;
import dev.csmb.api.GeneratedFile;
import dev.csmb.api.GeneratedSolution;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.api.Priority;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Small generated solutions and folder helpers for the writer tests. */
public final class Solutions {

    private Solutions() {
    }

    /** A solution of project "My Bot" from platform {@code test-platform} holding these files. */
    public static GeneratedSolution of(GeneratedFile... files) {
        BuildConfiguration configuration = BuildConfiguration.builder("test-platform")
                .priorities(Priority.SESSION_MANAGEMENT, Priority.ERROR_HANDLING)
                .projectName("My Bot").description("A bot that tests the writers.").build();
        PlatformDescriptor platform = new PlatformDescriptor("test-platform", "Test", "none", Complexity.BASIC,
                "1 hour", Set.of(), List.of(), "A platform for tests.");
        return new GeneratedSolution(configuration, platform, List.of(files), List.of(), "1 hour", Complexity.BASIC,
                List.of());
    }

    /** A typical small project: nested folders, an executable script, an empty file, non-ASCII text. */
    public static GeneratedSolution sample() {
        return of(GeneratedFile.text("package.json", "{\"name\": \"my-bot\"}\n"),
                GeneratedFile.text("README.md", "# My Bot — grüße\n"),
                GeneratedFile.text(".env.example", "TOKEN=\n"),
                GeneratedFile.text("src/index.js", "console.log('hi');\n"),
                GeneratedFile.text("src/core/sessions.js", "export const sessions = new Map();\n"),
                GeneratedFile.text("bin/start.sh", "#!/bin/sh\nexec node src/index.js\n").withExecutable(true),
                GeneratedFile.bytes("data/.gitkeep", new byte[0], false));
    }

    /** The names in {@code folder}, sorted. */
    public static List<String> names(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file under {@code folder} as relative path → content, sorted by path. */
    public static Map<String, String> tree(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            Map<String, String> files = new TreeMap<>();
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
