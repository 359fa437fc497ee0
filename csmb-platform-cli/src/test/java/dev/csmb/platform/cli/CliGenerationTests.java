package dev.csmb.platform.cli;

import dev.csmb.api.Feature;
import dev.csmb.api.GenerationOptions;
import dev.csmb.api.Priority;
import dev.csmb.engine.testkit.CsmbTestKit;
import dev.csmb.engine.testkit.GeneratedProject;
import dev.csmb.engine.testkit.GoldenFiles;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * What the CLI platform owns, compared whole with golden files: its adapter, its catalogs, its tests and its README
 * section. The shared runtime is tested in the engine, on its fixture platform.
 */
class CliGenerationTests {

    private static final CsmbTestKit KIT = CsmbTestKit.forGenerator(new CliPlatformGenerator())
            .with(b -> b.projectName("My CLI Bot").description("A terminal chat bot that remembers its sessions."));

    private static final GoldenFiles GOLDEN = GoldenFiles.inModule().platformOwned("## Chatting in the terminal");

    @Test
    void minimal() {
        GeneratedProject project = KIT.generate();
        GOLDEN.assertMatches("minimal", project.solution());
        project.fileContains(".env.example", "CLI_USER=local")
                .fileContains("src/platform/adapter.js", "const BOT_NAME = \"My CLI Bot\";");
    }

    @Test
    void withoutErrorHandlingThereIsNoShutdownTest() {
        GeneratedProject project = KIT.with(b -> b.priorities(Priority.SESSION_MANAGEMENT, Priority.SCALABILITY))
                .generate();
        Assertions.assertThat(project.paths()).contains("test/platform/repl.test.js")
                .doesNotContain("test/platform/shutdown.test.js");
    }

    @Test
    void multiLanguageTranslatesThePlatformCatalog() {
        GeneratedProject project = KIT.with(b -> b.features(Feature.MULTI_LANGUAGE)).generate();
        // Only the catalogs differ from the minimal project's files.
        GoldenFiles.inModule().platformOwned().only(p -> p.startsWith("locales/"))
                .assertMatches("multi-language", project.solution());
    }

    @Test
    void withoutTestsThePlatformHasNoTests() {
        GeneratedProject project = KIT.with(b -> b.options(new GenerationOptions(false, true, true, true)))
                .generate();
        Assertions.assertThat(project.paths()).noneMatch(p -> p.startsWith("test/"))
                .contains("src/platform/adapter.js", "locales/platform.en.json");
    }
}
