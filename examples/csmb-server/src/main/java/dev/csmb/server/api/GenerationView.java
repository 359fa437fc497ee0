package dev.csmb.server.api;

import dev.csmb.api.GeneratedFile;
import dev.csmb.api.GeneratedSolution;
import java.util.List;

/**
 * A generated project as JSON: what it holds and what to do with it. The files themselves come with the download.
 *
 * @param id            the id to fetch it and download it by
 * @param platform      the platform id
 * @param projectName   the project's name
 * @param slug          the project's folder name, also the zip's name
 * @param files         the files, sorted by path
 * @param totalSize     the sum of the files' sizes in bytes
 * @param setupSteps    what to do after unzipping, in order
 * @param estimatedTime how long setting it up takes
 * @param complexity    how demanding the platform is
 * @param warnings      warnings from validation (for example a dropped feature)
 * @param download      the download's path
 */
public record GenerationView(String id, String platform, String projectName, String slug, List<FileView> files,
                             long totalSize, List<String> setupSteps, String estimatedTime, String complexity,
                             List<ViolationView> warnings, String download) {

    /**
     * @param path       the path inside the project
     * @param size       bytes
     * @param executable true for scripts that get the executable bit
     * @param sha256     the content's SHA-256, hex
     */
    public record FileView(String path, int size, boolean executable, String sha256) {
        static FileView of(GeneratedFile file) {
            return new FileView(file.path(), file.size(), file.executable(), file.sha256());
        }
    }

    static GenerationView of(String id, GeneratedSolution s) {
        return new GenerationView(id, s.platform().id(), s.configuration().projectName(),
                Slug.of(s.configuration().projectName()), s.files().stream().map(FileView::of).toList(),
                s.totalSize(), s.setupSteps(), s.estimatedTime(), s.complexity().id(),
                ViolationView.of(s.warnings()), "/api/v1/generate/" + id + "/download");
    }
}
