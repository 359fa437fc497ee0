package dev.csmb.engine.testkit.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes tiny Node.js projects for testing the test kit itself. */
final class ProbeProjects {

    private ProbeProjects() {
    }

    /**
     * A project in {@code folder} with a package.json declaring {@code engines} and these scripts, plus the given
     * files (relative path → content).
     */
    static Path write(Path folder, String engines, Map<String, String> scripts, Map<String, String> files) {
        StringBuilder json = new StringBuilder("{\n  \"name\": \"csmb-probe\",\n  \"version\": \"1.0.0\",\n")
                .append("  \"private\": true,\n  \"type\": \"module\",\n")
                .append("  \"engines\": { \"node\": \"").append(engines).append("\" },\n  \"scripts\": {");
        String separator = "\n";
        for (Map.Entry<String, String> script : scripts.entrySet()) {
            json.append(separator).append("    \"").append(script.getKey()).append("\": \"")
                    .append(script.getValue().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            separator = ",\n";
        }
        json.append("\n  }\n}\n");
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("package.json"), json);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = folder.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }
}
