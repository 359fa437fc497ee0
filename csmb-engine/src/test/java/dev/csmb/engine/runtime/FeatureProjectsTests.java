package dev.csmb.engine.runtime;

import dev.csmb.engine.fixtures.FixturePlatformGenerator;
import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.Feature;
import dev.csmb.engine.testkit.CsmbTestKit;
import dev.csmb.engine.testkit.GeneratedProject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The features the CLI supports: what each one adds, and that nothing of it is generated without it. */
class FeatureProjectsTests {

    private static final CsmbTestKit KIT = CsmbTestKit.forGenerator(new FixturePlatformGenerator());

    /** The runtime modules of these features, named like the features. */
    private static final List<String> MODULES = List.of("conversation-branching", "context-awareness",
            "custom-commands", "multi-language");

    @ParameterizedTest
    @EnumSource(value = Feature.class, names = {"CONVERSATION_BRANCHING", "CONTEXT_AWARENESS", "CUSTOM_COMMANDS",
            "MULTI_LANGUAGE"})
    void eachFeatureAloneAddsItsModuleAndItsTranscriptTest(Feature feature) {
        GeneratedProject project = KIT.with(b -> b.features(feature)).generate();
        project.writeTo(ProjectShapeTests.OUT.resolve(feature.id()));
        project.hasFile("src/core/" + feature.id() + ".js", "locales/" + feature.id() + ".en.json",
                        "test/transcripts/" + feature.id() + ".test.js")
                .fileContains("src/core/runtime.js", "from './" + feature.id() + ".js';")
                .fileContains("README.md", "/" + switch (feature) {
                    case CONVERSATION_BRANCHING -> "branch <name>";
                    case CONTEXT_AWARENESS -> "context";
                    case CUSTOM_COMMANDS -> "addcommand <name> <text>";
                    default -> "language <code>";
                } + "`");
        assertThat(project.paths().stream().anyMatch(p -> p.endsWith(".es.json")))
                .isEqualTo(feature == Feature.MULTI_LANGUAGE);
        for (String other : MODULES) {
            if (!other.equals(feature.id())) {
                assertThat(project.paths()).noneMatch(p -> p.contains(other));
                assertThat(project.text("src/core/runtime.js")).doesNotContain(other);
            }
        }
    }

    @Test
    void withoutFeaturesNoFeatureCodeIsGenerated() {
        GeneratedProject project = KIT.generate();
        for (String id : MODULES) {
            assertThat(project.paths()).noneMatch(p -> p.contains(id));
        }
        assertThat(project.text("src/core/types.js")).doesNotContain("Setting");
        assertThat(project.text("src/core/stores/sqlite.js")).doesNotContain("settings");
        assertThat(project.text("src/core/commands.js")).doesNotContain("unregister");
        assertThat(project.text("src/core/chat.js")).doesNotContain("recentMessages");
        assertThat(project.text(".env.example")).doesNotContain("ADMIN_USERS").doesNotContain("DEFAULT_LOCALE")
                .doesNotContain("CONTEXT_WINDOW_MESSAGES");
    }

    @Test
    void multiLanguageTranslatesEveryPartIncludingThePlatform() {
        GeneratedProject project = KIT.with(b -> b.features(Feature.MULTI_LANGUAGE, Feature.CONVERSATION_BRANCHING,
                Feature.CONTEXT_AWARENESS, Feature.CUSTOM_COMMANDS)).generate();
        project.writeTo(ProjectShapeTests.OUT.resolve("all-features"));
        List<String> english = project.paths().stream().filter(p -> p.matches("locales/.+\\.en\\.json")).toList();
        assertThat(english).contains("locales/platform.en.json", "locales/core.en.json");
        for (String file : english) {
            project.hasFile(file.replace(".en.json", ".es.json"), file.replace(".en.json", ".de.json"));
        }
        project.fileContains(".env.example", "DEFAULT_LOCALE=en");
    }
}
