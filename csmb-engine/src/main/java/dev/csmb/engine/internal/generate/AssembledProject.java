package dev.csmb.engine.internal.generate;

import dev.csmb.api.GeneratedFile;
import dev.csmb.api.Internal;
import java.util.List;

/**
 * A project's files and setup steps, assembled.
 *
 * @param files      the runtime's files, then the platform's, each path once
 * @param setupSteps the platform's steps, then the runtime's
 */
@Internal
public record AssembledProject(List<GeneratedFile> files, List<String> setupSteps) {

    public AssembledProject {
        files = List.copyOf(files);
        setupSteps = List.copyOf(setupSteps);
    }
}
