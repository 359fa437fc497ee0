package dev.csmb.engine.runtime;

import dev.csmb.engine.fixtures.FixturePlatformGenerator;
import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.Complexity;
import dev.csmb.api.GenerationOptions;
import dev.csmb.api.TeamSize;
import dev.csmb.engine.testkit.CsmbTestKit;
import dev.csmb.engine.testkit.GeneratedProject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Team size, complexity and the options shape the extras around the code (docs/extras.md). */
class ExtrasGenerationTests {

    private static final CsmbTestKit KIT = CsmbTestKit.forGenerator(new FixturePlatformGenerator())
            .with(b -> b.projectName("Ops Bot").description("A terminal chat bot with every extra."));

    private static final List<String> TEAM_FILES = List.of("CONTRIBUTING.md", "SECURITY.md", ".github/CODEOWNERS",
            ".github/dependabot.yml");

    private static final List<String> COMPLEXITY_FILES = List.of("eslint.config.js", "src/core/metrics.js",
            "test/core/metrics.test.js", "OPERATIONS.md", "src/core/http.js");

    @Test
    void aBasicSoloProjectGetsTheLeanSet() {
        GeneratedProject project = KIT.with(b -> b.complexity(Complexity.BASIC).teamSize(TeamSize.SOLO)).generate();
        assertThat(project.paths()).doesNotContainAnyElementsOf(TEAM_FILES).doesNotContainAnyElementsOf(COMPLEXITY_FILES);
        assertThat(project.text("package.json")).doesNotContain("eslint").doesNotContain("\"lint\"");
        assertThat(project.text(".github/workflows/ci.yml")).doesNotContain("lint");
        assertThat(project.text("README.md")).contains("## What's included", "- `Dockerfile` and",
                "- `.github/workflows/ci.yml`").doesNotContain("eslint").doesNotContain("/metrics");
    }

    @Test
    void intermediateAddsLintToPackageCiReadmeAndContributing() {
        GeneratedProject project = KIT.with(b -> b.complexity(Complexity.INTERMEDIATE).teamSize(TeamSize.SMALL))
                .generate();
        project.writeTo(ProjectShapeTests.OUT.resolve("intermediate"));
        project.hasFile("eslint.config.js", "CONTRIBUTING.md")
                .fileContains("package.json", "\"lint\": \"eslint .\"")
                .fileContains("package.json", "\"eslint\": \"^9.")
                .fileContains("package.json", "\"@eslint/js\": \"^9.")
                .fileContains("package.json", "\"globals\": ")
                .fileContains(".github/workflows/ci.yml", "- run: npm run lint")
                .fileContains("README.md", "| `npm run lint` |")
                .fileContains("README.md", "- `eslint.config.js`:")
                .fileContains("README.md", "- `CONTRIBUTING.md`:")
                .fileContains("CONTRIBUTING.md", "`npm run lint` passes");
        assertThat(project.paths()).doesNotContain("src/core/metrics.js", "OPERATIONS.md", "SECURITY.md");
    }

    @Test
    void expertLargeTeamsGetMetricsOperationsAndTheGovernanceFiles() {
        GeneratedProject project = KIT.with(b -> b.complexity(Complexity.EXPERT).teamSize(TeamSize.LARGE)).generate();
        project.writeTo(ProjectShapeTests.OUT.resolve("expert-large"));
        assertThat(project.paths()).containsAll(TEAM_FILES).containsAll(COMPLEXITY_FILES);
        project.fileContains("src/core/runtime.js", "import { install as installMetrics } from './metrics.js';")
                .fileContains(".env.example", "HTTP_PORT=3000")
                .fileContains(".github/CODEOWNERS", "* @your-org/ops-bot-maintainers")
                .fileContains(".github/dependabot.yml", "package-ecosystem: npm")
                .fileContains(".github/dependabot.yml", "package-ecosystem: github-actions")
                .fileContains("OPERATIONS.md", "GET /metrics")
                .fileContains("README.md", "## Metrics");
        String readme = project.text("README.md");
        for (String line : List.of("- `GET /metrics`:", "- `OPERATIONS.md`:", "- `SECURITY.md`:",
                "- `.github/CODEOWNERS`:", "- `.github/dependabot.yml`:", "- `CONTRIBUTING.md`:")) {
            assertThat(readme).contains(line);
        }
    }

    @Test
    void theOptionsGateDockerCiAndDocumentsAtAnyComplexity() {
        GeneratedProject project = KIT.with(b -> b.complexity(Complexity.EXPERT).teamSize(TeamSize.ENTERPRISE)
                .options(new GenerationOptions(true, false, false, false))).generate();
        assertThat(project.paths()).doesNotContain("Dockerfile", "docker-compose.yml", ".github/workflows/ci.yml",
                "OPERATIONS.md", "SECURITY.md", "CONTRIBUTING.md")
                .contains(".github/CODEOWNERS", ".github/dependabot.yml", "src/core/metrics.js", "eslint.config.js");
        assertThat(project.text(".github/dependabot.yml")).doesNotContain("github-actions");
        assertThat(project.text("README.md")).doesNotContain("Dockerfile").doesNotContain("ci.yml")
                .doesNotContain("OPERATIONS.md");
    }

    @Test
    void aProjectWithoutAnyExtraHasNoWhatsIncludedSection() {
        GeneratedProject project = KIT.with(b -> b.complexity(Complexity.BASIC).teamSize(TeamSize.SOLO)
                .options(new GenerationOptions(true, true, false, false))).generate();
        assertThat(project.text("README.md")).doesNotContain("What's included");
    }
}
