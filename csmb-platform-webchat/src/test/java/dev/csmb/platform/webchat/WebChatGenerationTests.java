package dev.csmb.platform.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.Feature;
import dev.csmb.api.GeneratedFile;
import dev.csmb.api.GenerationOptions;
import dev.csmb.api.Priority;
import dev.csmb.engine.testkit.CsmbTestKit;
import dev.csmb.engine.testkit.GeneratedProject;
import dev.csmb.engine.testkit.GoldenFiles;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * What the web chat owns, compared whole with golden files: its server code, widget, demo page, catalogs, tests
 * and README section, for the platform's defaults and for every feature without user authentication.
 */
class WebChatGenerationTests {

    static final CsmbTestKit KIT = CsmbTestKit.forGenerator(new WebChatPlatformGenerator())
            .with(b -> b.projectName("Shop Chat").description("A chat widget for the shop's pages."));

    private static final String HEADING = "## The web chat widget";

    private static final GoldenFiles OWNED = GoldenFiles.inModule().platformOwned(HEADING);
    /** The rendered files under public/; a file copied verbatim equals its source, so a golden copy tests nothing. */
    private static final GoldenFiles PUBLIC = GoldenFiles.inModule()
            .only(p -> p.startsWith("public/") && isTemplate(p));

    private static final String STYLES = "public/webchat/widget.css";

    @Test
    void defaults() {
        GeneratedProject project = KIT.generate();
        OWNED.assertMatches("defaults", project.solution());
        PUBLIC.assertMatches("defaults-public", project.solution());
    }

    @Test
    void everyFeatureAnonymousVisitors() {
        GeneratedProject project = everyFeature();
        OWNED.assertMatches("every-feature", project.solution());
        PUBLIC.assertMatches("every-feature-public", project.solution());
    }

    @Test
    void theScreenshotIsCopiedByteForByte() throws Exception {
        GeneratedProject project = KIT.generate();
        byte[] expected = resource("docs/widget.png");
        GeneratedFile png = project.solution().file("docs/widget.png").orElseThrow();
        assertThat(png.content()).isEqualTo(expected);
        assertThat(expected).startsWith(0x89, 'P', 'N', 'G');
        project.fileContains("README.md", "![The widget on the demo page](docs/widget.png)");
    }

    @Test
    void theWidgetStylesAreCopiedByteForByte() throws Exception {
        byte[] expected = resource(STYLES);
        assertThat(isTemplate(STYLES)).isFalse();
        assertThat(expected).isNotEmpty();
        for (GeneratedProject project : new GeneratedProject[] {KIT.generate(), everyFeature()}) {
            assertThat(project.solution().file(STYLES).orElseThrow().content()).isEqualTo(expected);
        }
    }

    @Test
    void withoutTestsOrDocumentationThoseFilesAreLeftOut() {
        GeneratedProject project = KIT.with(b -> b.options(new GenerationOptions(false, false, true, true)))
                .generate();
        assertThat(project.paths()).noneMatch(p -> p.startsWith("test/"))
                .doesNotContain("docs/widget.png")
                .contains("src/platform/adapter.js", "public/webchat/widget.js", "public/index.html");
        project.fileDoesNotContain("package.json", "socket.io-client")
                .fileDoesNotContain("README.md", "docs/widget.png");
    }

    @Test
    void sameConfigurationSameBytes() {
        assertThat(KIT.generate().solution().files()).isEqualTo(KIT.generate().solution().files());
    }

    @Test
    void uploadsAndInstancesHaveTheirTestsOnlyWhenChosen() {
        GeneratedProject lean = KIT.with(b -> b.priorities(Priority.MESSAGE_PERSISTENCE, Priority.SESSION_MANAGEMENT))
                .generate();
        assertThat(lean.paths()).doesNotContain("test/platform/uploads.test.js", "test/platform/instances.test.js");
        lean.fileDoesNotContain("src/platform/adapter.js", "upload")
                .fileDoesNotContain("src/platform/adapter.js", "redis");
        GeneratedProject full = KIT.with(b -> b.features(Feature.FILE_ATTACHMENTS)).generate();
        assertThat(full.paths()).contains("test/platform/uploads.test.js", "test/platform/instances.test.js");
    }

    private static GeneratedProject everyFeature() {
        return KIT.with(b -> b
                .priorities(Priority.MESSAGE_PERSISTENCE, Priority.SESSION_MANAGEMENT)
                .features(EnumSet.copyOf(new WebChatPlatformGenerator().descriptor().supportedFeatures())))
                .generate();
    }

    /** Whether the project file is rendered from a Handlebars template (else it is copied verbatim). */
    private static boolean isTemplate(String path) {
        return WebChatGenerationTests.class.getClassLoader().getResource("csmb/web-chat/" + path + ".hbs") != null;
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = WebChatGenerationTests.class.getClassLoader()
                .getResourceAsStream("csmb/web-chat/" + path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }
}
