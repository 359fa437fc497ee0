package dev.csmb.engine.runtime;

import dev.csmb.engine.fixtures.FixturePlatformGenerator;
import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.GenerationOptions;
import dev.csmb.api.Priority;
import dev.csmb.api.TeamSize;
import dev.csmb.engine.testkit.CsmbTestKit;
import dev.csmb.engine.testkit.GeneratedProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The project's shape for the default choices: stores, options, team files. */
class ProjectShapeTests {

    private static final CsmbTestKit KIT = CsmbTestKit.forGenerator(new FixturePlatformGenerator())
            .with(b -> b.projectName("Fixture Bot").description("A fixture bot that remembers its sessions."));

    /** Where the generated projects are written, for inspection and for the npm verification. */
    static final Path OUT = Path.of("target", "generated-projects");

    @Test
    void minimalProjectUsesTheMemoryStoreByDefault() {
        GeneratedProject project = KIT.generate();
        project.writeTo(OUT.resolve("minimal"));
        project.hasFile("src/platform/adapter.js", "src/platform/config.js", "test/platform/adapter.test.js",
                        "src/core/stores/sqlite.js", "Dockerfile", ".github/workflows/ci.yml")
                .fileContains("src/config.js", "env.oneOf('SESSION_STORE', STORE_KINDS, 'memory')")
                .fileContains(".env.example", "SESSION_STORE=memory")
                .fileContains(".env.example", "FIXTURE_USER=tester")
                .fileContains("src/platform/adapter.js", "const BOT_NAME = \"Fixture Bot\";");
        // Kept libraries only: logs on pino, and p-retry for the error-handling priority (a fixture default).
        assertThat(project.text("package.json")).contains("\"dependencies\": {\n    \"p-retry\": \"^9.0.0\",\n"
                + "    \"pino\": \"^10.4.0\"\n  }");
    }

    @Test
    void messagePersistenceMakesSqliteTheDefault() {
        GeneratedProject project = KIT.with(b -> b.priorities(Priority.MESSAGE_PERSISTENCE,
                Priority.SESSION_MANAGEMENT, Priority.ERROR_HANDLING)).generate();
        project.writeTo(OUT.resolve("persistence"));
        project.fileContains("src/config.js", "env.oneOf('SESSION_STORE', STORE_KINDS, 'sqlite')")
                .fileContains(".env.example", "SESSION_STORE=sqlite")
                .fileContains("README.md", "because message persistence is one of this");
    }

    @Test
    void optionsOffLeaveOutTheirFiles() {
        GeneratedProject project = KIT.with(b -> b.options(new GenerationOptions(false, false, false, false)))
                .generate();
        project.writeTo(OUT.resolve("bare"));
        assertThat(project.paths()).noneMatch(p -> p.startsWith("test/") || p.startsWith(".github/")
                || p.equals("Dockerfile") || p.equals("docker-compose.yml") || p.equals(".dockerignore"));
        assertThat(project.text("package.json")).doesNotContain("\"test\"");
        assertThat(project.text("README.md")).doesNotContain("## How it works").doesNotContain("npm test");
    }

    @Test
    void largerTeamsGetContributingAndSecurityGuides() {
        assertThat(KIT.generate().paths()).doesNotContain("CONTRIBUTING.md", "SECURITY.md");
        assertThat(KIT.with(b -> b.teamSize(TeamSize.SMALL)).generate().paths())
                .contains("CONTRIBUTING.md").doesNotContain("SECURITY.md");
        GeneratedProject large = KIT.with(b -> b.teamSize(TeamSize.LARGE)).generate();
        large.writeTo(OUT.resolve("large"));
        assertThat(large.paths()).contains("CONTRIBUTING.md", "SECURITY.md");
        assertThat(KIT.with(b -> b.teamSize(TeamSize.LARGE).options(GenerationOptions.defaults()
                .withIncludeDocumentation(false))).generate().paths()).doesNotContain("CONTRIBUTING.md");
    }
}
