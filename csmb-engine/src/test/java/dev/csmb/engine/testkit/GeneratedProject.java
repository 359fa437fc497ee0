package dev.csmb.engine.testkit;

import dev.csmb.api.GeneratedFile;
import dev.csmb.api.GeneratedSolution;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/** A generated project under test, with assertions on its files. */
public final class GeneratedProject {

    private final GeneratedSolution solution;

    GeneratedProject(GeneratedSolution solution) {
        this.solution = solution;
    }

    /** The solution as the engine returned it. */
    public GeneratedSolution solution() {
        return solution;
    }

    /** Every path, sorted. */
    public List<String> paths() {
        return solution.files().stream().map(GeneratedFile::path).toList();
    }

    /** The text of a file; fails the test if it is missing. */
    public String text(String path) {
        return solution.file(path).map(GeneratedFile::text)
                .orElseThrow(() -> new AssertionError("no file " + path + " in " + paths()));
    }

    /** Asserts these files exist. */
    public GeneratedProject hasFile(String... paths) {
        for (String path : paths) {
            text(path);
        }
        return this;
    }

    /** Asserts these files do not exist. */
    public GeneratedProject doesNotHaveFile(String... paths) {
        for (String path : paths) {
            if (solution.file(path).isPresent()) {
                throw new AssertionError("expected no file " + path);
            }
        }
        return this;
    }

    /** Asserts the file contains the text. */
    public GeneratedProject fileContains(String path, String expected) {
        if (!text(path).contains(expected)) {
            throw new AssertionError(path + " does not contain:\n" + expected + "\n--- it is:\n" + text(path));
        }
        return this;
    }

    /** Asserts the file does not contain the text. */
    public GeneratedProject fileDoesNotContain(String path, String unexpected) {
        if (text(path).contains(unexpected)) {
            throw new AssertionError(path + " unexpectedly contains: " + unexpected);
        }
        return this;
    }

    /** Writes the files into an existing empty folder (executable bits kept) and returns it. */
    public Path writeTo(Path dir) {
        try {
            for (GeneratedFile file : solution.files()) {
                Path target = dir.resolve(file.path());
                Files.createDirectories(target.getParent());
                Files.write(target, file.content());
                if (file.executable()) {
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
