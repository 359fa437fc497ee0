package com.example.csmb.pipe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.Feature;
import dev.csmb.engine.testkit.CsmbTestKit;
import dev.csmb.engine.testkit.GeneratedProject;
import dev.csmb.engine.testkit.GoldenFiles;
import org.junit.jupiter.api.Test;

/**
 * The files this platform owns (adapter, config, catalogs, platform test, README section), compared whole with the
 * golden files under src/test/resources/golden. The shared runtime is the engine's to test.
 */
class PipeGenerationTests {

    private static final CsmbTestKit KIT = CsmbTestKit.forGenerator(new PipePlatformGenerator())
            .with(b -> b.projectName("Pipe Bot").description("Answers scripts on stdin."));

    private static final GoldenFiles GOLDEN =
            GoldenFiles.inModule().platformOwned("## Talking to the bot through a pipe");

    @Test
    void minimal() {
        GeneratedProject project = KIT.generate();
        GOLDEN.assertMatches("minimal", project.solution());
        project.fileContains(".env.example", "PIPE_USER=pipe")
                .fileContains("src/platform/adapter.js", "const BOT_NAME = \"Pipe Bot\";");
    }

    @Test
    void multiLanguageTranslatesThePlatformCatalog() {
        GeneratedProject project = KIT.with(b -> b.features(Feature.MULTI_LANGUAGE)).generate();
        GoldenFiles.inModule().platformOwned().only(p -> p.startsWith("locales/"))
                .assertMatches("multi-language", project.solution());
    }

    @Test
    void withoutTestsThereIsNoPlatformTest() {
        GeneratedProject project = KIT.with(b -> b.options(b.build().options().withIncludeTests(false))).generate();
        assertThat(project.paths()).noneMatch(p -> p.startsWith("test/"))
                .contains("src/platform/adapter.js", "src/platform/config.js", "locales/platform.en.json");
    }
}
