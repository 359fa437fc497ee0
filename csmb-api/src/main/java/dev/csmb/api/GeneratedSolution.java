package dev.csmb.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A generated project held in memory: its files sorted by path, what to do next, and what was left out.
 *
 * @param configuration  the configuration it was generated from
 * @param platform       the platform's descriptor
 * @param files          the files, sorted by path
 * @param setupSteps     what a person does after writing it, in order
 * @param estimatedTime  how long setting it up takes, for example {@code "1-2 hours"}
 * @param complexity     how demanding the platform is
 * @param warnings       warnings from validation (for example downgraded features)
 */
@Stable
public record GeneratedSolution(BuildConfiguration configuration, PlatformDescriptor platform,
                                List<GeneratedFile> files, List<String> setupSteps, String estimatedTime,
                                Complexity complexity, List<Violation> warnings) {

    public GeneratedSolution {
        Objects.requireNonNull(configuration, "configuration must not be null");
        Objects.requireNonNull(platform, "platform must not be null");
        List<GeneratedFile> sorted = new ArrayList<>(Objects.requireNonNull(files, "files must not be null"));
        sorted.sort(Comparator.comparing(GeneratedFile::path));
        files = List.copyOf(sorted);
        setupSteps = List.copyOf(Objects.requireNonNull(setupSteps, "setupSteps must not be null"));
        Objects.requireNonNull(estimatedTime, "estimatedTime must not be null");
        Objects.requireNonNull(complexity, "complexity must not be null");
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings must not be null"));
    }

    /** The file at this relative path. */
    public Optional<GeneratedFile> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /** Path to SHA-256 of every file, in path order. */
    public Map<String, String> manifest() {
        Map<String, String> manifest = new LinkedHashMap<>();
        files.forEach(f -> manifest.put(f.path(), f.sha256()));
        return java.util.Collections.unmodifiableMap(manifest);
    }

    /** The total size of all files in bytes. */
    public long totalSize() {
        return files.stream().mapToLong(GeneratedFile::size).sum();
    }
}
