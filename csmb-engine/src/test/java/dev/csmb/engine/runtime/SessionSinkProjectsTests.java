package dev.csmb.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.Feature;
import dev.csmb.api.GenerationOptions;
import dev.csmb.api.SessionSink;
import dev.csmb.engine.fixtures.FixturePlatformGenerator;
import dev.csmb.engine.testkit.CsmbTestKit;
import dev.csmb.engine.testkit.GeneratedProject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The session sinks: each generates its client, variables, README section and suite, and only when chosen. */
class SessionSinkProjectsTests {

    private static final CsmbTestKit KIT = CsmbTestKit.forGenerator(new FixturePlatformGenerator())
            .with(b -> b.projectName("Fixture Bot").description("A fixture bot that remembers its sessions."));

    private static final List<String> SINK_PATHS = List.of("src/core/session-sink.js", "src/core/notion-sink.js",
            "src/core/airtable-sink.js", "test/support/session-sink.js", "test/integrations/notion-sink.test.js",
            "test/integrations/airtable-sink.test.js");

    @Test
    void notionWritesThroughTheOfficialClientWithTheIdsProvisionPrints() {
        GeneratedProject project = KIT.with(b -> b.sessionSink(SessionSink.NOTION)).generate();
        project.writeTo(ProjectShapeTests.OUT.resolve("notion-sink"));
        project.hasFile("src/core/session-sink.js", "src/core/notion-sink.js", "test/support/session-sink.js",
                        "test/integrations/notion-sink.test.js")
                .doesNotHaveFile("src/core/airtable-sink.js", "test/integrations/airtable-sink.test.js")
                .fileContains("package.json", "\"@notionhq/client\": \"^5.26.0\"")
                .fileContains("package.json", "\"p-retry\": \"^9.0.0\"")
                .fileContains("package.json", "\"rate-limiter-flexible\": \"^11.4.0\"")
                .fileContains(".env.example", "\nNOTION_TOKEN=\n")
                .fileContains(".env.example", "\nNOTION_DATA_SOURCE_ID=\n")
                .fileContains(".env.example", "\nNOTION_BASE_URL=https://api.notion.com\n")
                .fileContains(".env.example", "\nNOTION_SINK=on\n")
                .fileContains("src/core/runtime.js", "await installNotionSink(runtime)")
                .fileContains("src/config.js", "notionSink: readNotionSinkConfig(env)")
                .fileContains("src/core/session-sink.js", "export const PLATFORM = 'test-fixture';")
                .fileContains("test/support/env.js", "NOTION_SINK: 'off'")
                .fileContains("README.md", "## Sessions in Notion")
                .fileContains("csmb.json", "\"sessionSink\": \"notion\"");
        // The page ids live in the store's settings, which the sink switches on.
        project.fileContains("src/core/types.js", "getSetting");
    }

    @Test
    void airtableWritesOverFetchWithTheIdsProvisionPrints() {
        GeneratedProject project = KIT.with(b -> b.sessionSink(SessionSink.AIRTABLE)).generate();
        project.writeTo(ProjectShapeTests.OUT.resolve("airtable-sink"));
        project.hasFile("src/core/session-sink.js", "src/core/airtable-sink.js", "test/support/session-sink.js",
                        "test/integrations/airtable-sink.test.js")
                .doesNotHaveFile("src/core/notion-sink.js", "test/integrations/notion-sink.test.js")
                .fileDoesNotContain("package.json", "@notionhq/client")
                .fileContains(".env.example", "\nAIRTABLE_TOKEN=\n")
                .fileContains(".env.example", "\nAIRTABLE_BASE_ID=\n")
                .fileContains(".env.example", "\nAIRTABLE_TABLE_ID=\n")
                .fileContains(".env.example", "\nAIRTABLE_BASE_URL=https://api.airtable.com\n")
                .fileContains("src/core/runtime.js", "await installAirtableSink(runtime)")
                .fileContains("README.md", "## Sessions in Airtable")
                .fileContains("src/core/types.js", "getSetting");
    }

    @Test
    void withoutASinkNothingOfItIsGenerated() {
        GeneratedProject project = KIT.generate();
        assertThat(project.paths()).doesNotContainAnyElementsOf(SINK_PATHS);
        for (String path : project.paths()) {
            assertThat(project.text(path)).as(path).doesNotContain("NOTION", "AIRTABLE", "notionhq", "sessionSink",
                    "session-sink");
        }
        assertThat(project.text("src/core/types.js")).doesNotContain("getSetting");
    }

    @Test
    void theSinkSuiteGoesWithTheTestsAndTheRestStays() {
        GeneratedProject project = KIT.with(b -> b.sessionSink(SessionSink.NOTION)
                .options(GenerationOptions.defaults().withIncludeTests(false))).generate();
        project.hasFile("src/core/notion-sink.js")
                .doesNotHaveFile("test/integrations/notion-sink.test.js", "test/support/session-sink.js");
    }

    @Test
    void theSameConfigurationGivesTheSameBytes() {
        CsmbTestKit kit = KIT.with(b -> b.sessionSink(SessionSink.AIRTABLE).features(Feature.MULTI_LANGUAGE));
        assertThat(kit.generate().solution().files()).isEqualTo(kit.generate().solution().files());
    }
}
