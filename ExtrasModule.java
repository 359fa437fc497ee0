package dev.csmb.engine.internal.runtime;

import dev.csmb.api.TeamSize;
import java.util.ArrayList;
import java.util.List;

/** What the options and the team size add around the code: Docker, CI, CONTRIBUTING.md and SECURITY.md. */
final class ExtrasModule implements RuntimeModule {

    @Override
    public String id() {
        return "extras";
    }

    @Override
    public boolean applies(Selection selection) {
        return true;
    }

    @Override
    public List<String> files(Selection selection) {
        List<String> files = new ArrayList<>();
        if (selection.options().includeDocker()) {
            files.addAll(List.of("Dockerfile", "docker-compose.yml", ".dockerignore"));
        }
        if (selection.options().includeCI()) {
            files.add(".github/workflows/ci.yml");
        }
        if (selection.options().includeDocumentation() && selection.teamAtLeast(TeamSize.SMALL)) {
            files.add("CONTRIBUTING.md");
        }
        if (selection.options().includeDocumentation() && selection.teamAtLeast(TeamSize.LARGE)) {
            files.add("SECURITY.md");
        }
        return List.copyOf(files);
    }
}
