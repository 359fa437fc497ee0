package dev.csmb.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csmb.api.Feature;
import dev.csmb.api.GenerationOptions;
import dev.csmb.api.Priority;
import dev.csmb.engine.testkit.CsmbTestKit;
import dev.csmb.engine.testkit.GeneratedProject;
import dev.csmb.engine.testkit.GoldenFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the Slack platform owns, compared whole with golden files (its adapter, catalog, tests, README section and
 * manifest), and the choices its generator makes per configuration: variables, HTTP, manifest, npm packages.
 */
class SlackGenerationTests {

    private static final CsmbTestKit KIT = CsmbTestKit.forGenerator(new SlackPlatformGenerator())
            .with(b -> b.projectName("Team Helper").description("A Slack app that remembers conversations."));

    private static final String HEADING = "## Running it on Slack";

    private static final GoldenFiles GOLDEN = GoldenFiles.inModule().platformOwned(HEADING);

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final EnumSet<Feature> ALL = EnumSet.copyOf(
            new SlackPlatformGenerator().descriptor().supportedFeatures());

    @Test
    void minimalRunsInSocketMode() throws IOException {
        GeneratedProject project = KIT.generate();
        GOLDEN.assertMatches("minimal", project.solution());
        assertManifest("minimal", project);
        project.fileContains(".env.example", "SLACK_BOT_TOKEN=")
                .fileContains(".env.example", "SLACK_APP_TOKEN=")
                .fileContains(".env.example", "SLACK_API_URL=https://slack.com/api/")
                .fileDoesNotContain(".env.example", "SLACK_SIGNING_SECRET")
                .fileContains("package.json", "\"@slack/bolt\": \"^5.1.0\"")
                .fileContains("package.json", "\"ws\": ");
        JsonNode manifest = manifest(project);
        assertThat(manifest.at("/settings/socket_mode_enabled").asBoolean()).isTrue();
        assertThat(project.text("manifest.json")).doesNotContain("request_url", "\"url\"");
    }

    @Test
    void httpModeServesSignedRequestsOnTheRuntimeServer() throws IOException {
        GeneratedProject project = KIT.with(b -> b.setting("mode", "http")
                .priorities(Priority.SESSION_MANAGEMENT, Priority.MESSAGE_PERSISTENCE, Priority.USER_AUTHENTICATION,
                        Priority.ERROR_HANDLING)
                .features(ALL)).generate();
        GOLDEN.assertMatches("http-everything", project.solution());
        assertManifest("http-everything", project);
        project.hasFile("src/core/http.js")
                .fileContains(".env.example", "SLACK_SIGNING_SECRET=")
                .fileDoesNotContain(".env.example", "SLACK_APP_TOKEN")
                .fileDoesNotContain("package.json", "\"ws\"")
                .fileContains("src/platform/adapter.js", "new ExpressReceiver(");
        JsonNode manifest = manifest(project);
        assertThat(manifest.at("/settings/socket_mode_enabled").asBoolean()).isFalse();
        assertThat(manifest.at("/settings/event_subscriptions/request_url").asText())
                .isEqualTo("https://example.com/slack/events");
        assertThat(manifest.at("/settings/interactivity/request_url").asText())
                .isEqualTo("https://example.com/slack/events");
        assertThat(manifest.at("/features/slash_commands/0/url").asText())
                .isEqualTo("https://example.com/slack/events");
    }

    @Test
    void socketModeServesHttpOnlyWhenAModuleNeedsIt() {
        GeneratedProject project = KIT.with(b -> b.priorities(Priority.SESSION_MANAGEMENT, Priority.ERROR_HANDLING))
                .generate();
        project.doesNotHaveFile("src/core/http.js").fileDoesNotContain("src/platform/adapter.js", "ExpressReceiver");
        project = KIT.with(b -> b.setting("mode", "http")
                .priorities(Priority.SESSION_MANAGEMENT, Priority.ERROR_HANDLING)).generate();
        project.hasFile("src/core/http.js").fileContains(".env.example", "HTTP_PORT=3000");
    }

    @Test
    void theTokensAreSecretsAndRequired() {
        for (String mode : List.of("socket", "http")) {
            GeneratedProject project = KIT.with(b -> b.setting("mode", mode)).generate();
            project.fileContains("src/platform/config.js", "env.required('SLACK_BOT_TOKEN'");
            assertThat(SlackRuntime.BOT_TOKEN.secret() && SlackRuntime.BOT_TOKEN.required()).isTrue();
        }
        assertThat(SlackRuntime.APP_TOKEN.secret()).isTrue();
        assertThat(SlackRuntime.SIGNING_SECRET.secret()).isTrue();
        assertThat(SlackRuntime.API_URL.secret()).isFalse();
    }

    @Test
    void theManifestKeepsSlacksLimitsAndIsValidJsonWhateverTheName() throws IOException {
        // 50 characters, the most a project name may have; Slack allows 35 for a name and 32 for a command.
        String name = "Helper of the whole company ab " + "c".repeat(19);
        GeneratedProject project = KIT.with(b -> b.projectName(name)
                .description("Line one \"with quotes\" and a backslash \\ and </script> " + "long ".repeat(40)))
                .generate();
        JsonNode manifest = manifest(project);
        assertThat(manifest.at("/display_information/name").asText()).hasSizeLessThanOrEqualTo(35);
        assertThat(manifest.at("/display_information/description").asText()).hasSizeLessThanOrEqualTo(140)
                .startsWith("Line one \"with quotes\" and a backslash \\ and </script>");
        String command = manifest.at("/features/slash_commands/0/command").asText();
        assertThat(command).isEqualTo("/helper-of-the-whole-company-ab");
        assertThat(manifest.at("/display_information/name").asText()).isEqualTo("Helper of the whole company ab cccc");
    }

    @Test
    void theManifestAsksForExactlyTheScopesAndEventsTheAdapterUses() throws IOException {
        for (String mode : List.of("socket", "http")) {
            JsonNode manifest = manifest(KIT.with(b -> b.setting("mode", mode).features(ALL)).generate());
            assertThat(texts(manifest.at("/oauth_config/scopes/bot")))
                    .containsExactly("app_mentions:read", "chat:write", "commands", "im:history");
            assertThat(texts(manifest.at("/settings/event_subscriptions/bot_events")))
                    .containsExactly("app_mention", "message.im");
        }
    }

    @Test
    void withoutTestsThePlatformHasNoTestsNorTheirPackages() {
        GeneratedProject project = KIT.with(b -> b.options(new GenerationOptions(false, true, true, true)))
                .generate();
        assertThat(project.paths()).noneMatch(p -> p.startsWith("test/"))
                .contains("src/platform/adapter.js", "manifest.json", "locales/platform.en.json");
        project.fileDoesNotContain("package.json", "\"ws\"");
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }

    private static JsonNode manifest(GeneratedProject project) throws IOException {
        return JSON.readTree(project.text("manifest.json"));
    }

    /** Compares manifest.json with its golden copy (recorded like the others with -Dcsmb.golden.update=true). */
    private static void assertManifest(String name, GeneratedProject project) throws IOException {
        // Beside the kit's golden sets, which hold only the files platforms own by its rule (manifest.json is not one).
        Path golden = Path.of("src/test/resources/golden-manifest", name, "manifest.json");
        String actual = project.text("manifest.json");
        if (Boolean.getBoolean(GoldenFiles.UPDATE_PROPERTY)) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
