package dev.csmb.cli;

import dev.csmb.api.GeneratedFile;
import dev.csmb.api.GeneratedSolution;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * What {@code generate --dry-run} prints: each file with its size, then the SHA-256 manifest in
 * {@code sha256sum} format, so a later real run can be checked with {@code sha256sum -c}.
 */
final class DryRunReport {

    private DryRunReport() {
    }

    /** @param target where a real run would write, or null when none was given */
    static void print(PrintWriter out, GeneratedSolution solution, Path target) {
        out.println("Dry run: would generate " + Words.count(solution.files().size(), "file") + " ("
                + Words.count(solution.totalSize(), "byte") + ") for "
                + solution.platform().id() + (target == null ? "" : " into " + target) + "; nothing was written.");
        out.println();
        int width = String.valueOf(solution.files().stream().mapToInt(GeneratedFile::size).max().orElse(0))
                .length();
        for (GeneratedFile file : solution.files()) {
            out.printf("  %" + width + "d  %s%s%n", file.size(), file.path(), file.executable() ? " (executable)" : "");
        }
        out.println();
        out.println("SHA-256 manifest:");
        for (Map.Entry<String, String> entry : solution.manifest().entrySet()) {
            out.println(entry.getValue() + "  " + entry.getKey());
        }
    }
}
