package dev.csmb.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives {@code csmb new} from the shaded jar through a real pseudo-terminal (tmux, 80×24): every step, wrong
 * input refused in place, going back, Ctrl-C, resizing, and the project it writes compared byte for byte with the
 * one {@code csmb generate --config csmb.json} writes.
 */
class WizardIT {

    private static Path jar;
    private static String java;

    @TempDir
    Path temp;

    @BeforeAll
    static void findJarAndTmux() throws Exception {
        jar = Path.of(System.getProperty("csmb.jar", "target/csmb.jar")).toAbsolutePath();
        assertThat(jar).as("run `mvn package` first").isRegularFile();
        java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process which = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
        assertThat(which.waitFor(10, TimeUnit.SECONDS) && which.exitValue() == 0)
                .as("tmux must be installed (CI: .ci/run installs it)").isTrue();
    }

    private Path work() throws IOException {
        return Files.createDirectories(temp.resolve("work"));
    }

    private Tmux wizard(Path work, String env, String... args) throws Exception {
        String command = "env -u CI -u CSMB_DEBUG " + env + " " + Shell.quote(java) + " -jar " + Shell.quote(jar
                .toString()) + " new " + String.join(" ", args.length == 0 ? new String[0]
                : Stream.of(args).map(Shell::quote).toArray(String[]::new));
        return Tmux.start(work, command, 80, 24);
    }

    @Test
    void allEightStepsWithWrongInputAndBackWriteWhatGenerateWritesFromTheSavedCsmbJson() throws Exception {
        Path work = work();
        try (Tmux t = wizard(work, "")) {
            t.waitFor("Step 1 of 8 \u2014 Platform", "CLI Tool (cli-interface)", "Enter next");
            t.keys("Enter").waitFor("Step 2 of 8 \u2014 Priorities", "[x] Session management  \u2605 recommended");

            // No priority: deselect both defaults (session management, error handling).
            t.keys("Down", "Space", "Down", "Down", "Down", "Space", "Enter")
                    .waitFor("Step 2 of 8", "! choose between 2 and 4 priorities");
            // Five priorities: everything but scalability.
            t.keys("Space", "Up", "Space", "Up", "Space", "Up", "Space", "Up", "Space", "Enter");
            String five = t.waitFor("Step 2 of 8", "[x] Message persistence", "[x] Real-time sync");
            assertThat(five).contains("! choose between 2 and 4 priorities");
            // Three: drop user authentication and real-time sync.
            t.keys("Down", "Down", "Space", "Down", "Space", "Enter").waitFor("Step 3 of 8 \u2014 Features");

            t.keys("Down", "Down", "Down", "Down", "Space").waitFor("[x] Custom commands");
            t.keys("b").waitFor("Step 2 of 8", "[x] Message persistence", "[ ] Real-time sync");
            t.keys("Enter").waitFor("Step 3 of 8", "[x] Custom commands");
            t.keys("Enter").waitFor("Step 4 of 8 \u2014 Team and project", "Project name: (empty)");

            // Continuing without a name is refused with the rule; a name with '/' too.
            t.keys("Down", "Down", "Enter").waitFor("Step 4 of 8", "! is required; give the project a name");
            t.keys("Up", "Up", "Enter").waitFor("Edit and press Enter", "Project name:");
            t.type("my/bot").keys("Enter").waitFor("Project name: my/bot", "! may contain only ASCII letters");
            t.keys("Enter").waitFor("Edit and press Enter", "Project name: my/bot");
            t.keys("C-u").type("Wizard Bot").keys("Enter").waitFor("Project name: Wizard Bot", "Enter to edit");
            assertThat(t.screen()).doesNotContain("may contain only");
            t.keys("Down", "Enter").waitFor("Edit and press Enter", "Description:");
            t.type("A terminal bot written by the wizard test.").keys("Enter")
                    .waitFor("Description: A terminal bot written by the wizard test.", "Enter to edit");
            t.keys("Down", "Right").waitFor("Team size: \u25c2 Small team (2-5) \u25b8");

            t.keys("Enter").waitFor("Step 5 of 8 \u2014 Review", "Project name  Wizard Bot",
                    "Priorities    Message persistence, Session management, Error handling", "csmb.json");
            assertThat(work.resolve("wizard-bot")).doesNotExist();
            t.keys("Enter").waitFor("Step 6 of 8 \u2014 Generate", "Folder: " + work.resolve("wizard-bot"));
            t.keys("Enter").waitFor("Done: ", "Continue");
            t.keys("Enter").waitFor("Step 7 of 8 \u2014 Auto-setup", "Skip",
                    "disabled: set NOTION_TOKEN in the environment to use it");
            t.keys("Enter").waitFor("Step 8 of 8 \u2014 Complete", "cd " + work.resolve("wizard-bot"),
                    "npm install", "Estimated setup time: 1-2 hours");
            t.keys("Enter");
            assertThat(t.exitCode()).isZero();
        }
        Path written = work.resolve("wizard-bot");
        assertThat(written.resolve("csmb.json")).content()
                .contains("\"projectName\": \"Wizard Bot\"", "\"features\": [\"custom-commands\"]",
                        "\"teamSize\": \"small\"");

        Path again = temp.resolve("again");
        Process generate = new ProcessBuilder(java, "-jar", jar.toString(), "generate", "--config",
                written.resolve("csmb.json").toString(), "--out", again.toString()).redirectErrorStream(true).start();
        String output = new String(generate.getInputStream().readAllBytes());
        assertThat(generate.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(generate.exitValue()).as(output).isZero();
        assertThat(ProjectTrees.digests(again)).hasSizeGreaterThan(20).isEqualTo(ProjectTrees.digests(written));
    }

    @Test
    void telegramInWebhookModeWithANotionSinkIsWhatTheSavedCsmbJsonSays() throws Exception {
        Path work = work();
        Path from = temp.resolve("hook.json");
        Files.writeString(from, "{\"platform\": \"cli-interface\", \"projectName\": \"Hook Bot\","
                + " \"description\": \"A Telegram bot that takes webhooks.\"}");
        try (Tmux t = wizard(work, "", "--from", from.toString())) {
            t.waitFor("Step 1 of 8 \u2014 Platform", "(telegram-bot-api)");
            t.keys("Down", "Down", "Down").waitFor("\u276f ( ) Telegram Bot (telegram-bot-api)");
            t.keys("Enter").waitFor("Step 2 of 9 \u2014 Platform settings", "mode: \u25c2 polling \u25b8",
                    "polling (default): Long polling");
            t.keys("Right").waitFor("mode: \u25c2 webhook \u25b8");
            t.keys("Enter").waitFor("Step 3 of 9 \u2014 Priorities");
            t.keys("b").waitFor("Step 2 of 9", "mode: \u25c2 webhook \u25b8");
            t.keys("Enter").waitFor("Step 3 of 9");
            t.keys("Enter").waitFor("Step 4 of 9");
            t.keys("Enter").waitFor("Step 5 of 9", "Project name: Hook Bot", "Session sink: \u25c2 None \u25b8");
            t.keys("Down", "Down", "Down", "Down", "Right").waitFor("Session sink: \u25c2 Notion data source \u25b8");
            t.keys("Enter").waitFor("Step 6 of 9 \u2014 Review", "Platform      Telegram Bot (telegram-bot-api)",
                    "Settings      mode webhook", "Session sink  Notion data source");
            t.keys("Enter").waitFor("Step 7 of 9", "Folder: " + work.resolve("hook-bot"));
            t.keys("Enter").waitFor("Done: ", "Continue");
            t.keys("Enter").waitFor("Step 8 of 9", "Skip");
            t.keys("Enter").waitFor("Step 9 of 9");
            t.keys("Enter");
            assertThat(t.exitCode()).isZero();
        }
        Path written = work.resolve("hook-bot");
        assertThat(written.resolve("csmb.json")).content().contains("\"platform\": \"telegram-bot-api\"",
                "\"sessionSink\": \"notion\"", "\"mode\": \"webhook\"");

        Path again = temp.resolve("hook-again");
        Process generate = new ProcessBuilder(java, "-jar", jar.toString(), "generate", "--config",
                written.resolve("csmb.json").toString(), "--out", again.toString()).redirectErrorStream(true).start();
        String output = new String(generate.getInputStream().readAllBytes());
        assertThat(generate.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(generate.exitValue()).as(output).isZero();
        assertThat(ProjectTrees.digests(again)).hasSizeGreaterThan(20).isEqualTo(ProjectTrees.digests(written));
    }

    @Test
    void ctrlCAtStepSixBeforeConfirmingCreatesNoFolder() throws Exception {
        Path work = work();
        Path from = temp.resolve("from.json");
        Files.writeString(from, "{\"platform\": \"cli-interface\", \"projectName\": \"Quit Bot\","
                + " \"description\": \"A bot that is never written.\"}");
        try (Tmux t = wizard(work, "", "--from", from.toString())) {
            t.waitFor("Step 1 of 8");
            t.keys("Enter").waitFor("Step 2 of 8", "[x] Session management  \u2605 recommended");
            t.keys("Enter").waitFor("Step 3 of 8");
            t.keys("Enter").waitFor("Step 4 of 8", "Project name: Quit Bot");
            t.keys("Down", "Down", "Enter").waitFor("Step 5 of 8", "Project name  Quit Bot");
            t.keys("Enter").waitFor("Step 6 of 8", "Folder: " + work.resolve("quit-bot"));
            t.keys("C-c").waitFor("Cancelled; nothing was written.");
            assertThat(t.exitCode()).isEqualTo(130);
        }
        try (Stream<Path> left = Files.list(work)) {
            assertThat(left.toList()).isEmpty();
        }
    }

    @Test
    void ctrlCAtAnEarlierStepExits130AndWritesNothing() throws Exception {
        Path work = work();
        try (Tmux t = wizard(work, "")) {
            t.waitFor("Step 1 of 8");
            t.keys("Enter").waitFor("Step 2 of 8");
            t.keys("C-c").waitFor("Cancelled; nothing was written.");
            assertThat(t.exitCode()).isEqualTo(130);
        }
        try (Stream<Path> left = Files.list(work)) {
            assertThat(left.toList()).isEmpty();
        }
    }

    @Test
    void ctrlCWhileEditingTheNameExits130() throws Exception {
        Path work = work();
        try (Tmux t = wizard(work, "")) {
            t.waitFor("Step 1 of 8");
            t.keys("Enter").waitFor("Step 2 of 8");
            t.keys("Enter").waitFor("Step 3 of 8");
            t.keys("Enter").waitFor("Step 4 of 8");
            t.keys("Enter").waitFor("Edit and press Enter", "Project name:");
            t.type("half typed").keys("C-c").waitFor("Cancelled; nothing was written.");
            assertThat(t.exitCode()).isEqualTo(130);
        }
        try (Stream<Path> left = Files.list(work)) {
            assertThat(left.toList()).isEmpty();
        }
    }

    @Test
    void noColorGivesPlainAsciiAndAResizeRedrawsToTheNewSize() throws Exception {
        try (Tmux t = wizard(work(), "NO_COLOR=1")) {
            t.waitFor("Step 1 of 8 - Platform", "> (*) CLI Tool (cli-interface)", "Up/Down move");
            t.keys("Enter").waitFor("[x] Session management  * recommended");
            assertThat(t.screenWithEscapes()).doesNotContain("\u001b[");

            t.resize(60, 16);
            String small = t.waitFor("Step 2 of 8", "Up/Down move");
            List<String> lines = small.lines().toList();
            assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(60));
            assertThat(lines.stream().filter(l -> l.contains("Up/Down move")).count()).isEqualTo(1);
            t.keys("C-c");
            assertThat(t.exitCode()).isEqualTo(130);
        }
    }

    @Test
    void stepSevenProvisionsNotionWithTheTokenFromTheEnvironment() throws Exception {
        Path work = work();
        Path from = temp.resolve("from.yaml");
        Files.writeString(from, "platform: cli-interface\nprojectName: Notion Bot\n"
                + "description: A bot whose sessions go to Notion.\n");
        WireMockServer notion = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        notion.start();
        String token = "secret_wizard_token_never_shown";
        try (Tmux t = wizard(work, "NOTION_TOKEN=" + token + " CSMB_NOTION_BASE_URL=" + notion.baseUrl(),
                "--from", from.toString())) {
            notion.stubFor(post("/v1/search").willReturn(okJson("{\"results\":[],\"has_more\":false}")));
            notion.stubFor(post("/v1/databases").willReturn(okJson("{\"object\":\"database\",\"id\":\"db-1\","
                    + "\"url\":\"https://www.notion.so/db1\",\"data_sources\":[{\"id\":\"ds-1\"}]}")));
            notion.stubFor(post("/v1/pages").willReturn(okJson("{\"object\":\"page\",\"id\":\"p-1\"}")));
            t.waitFor("Step 1 of 8");
            t.keys("Enter").waitFor("Step 2 of 8");
            t.keys("Enter").waitFor("Step 3 of 8");
            t.keys("Enter").waitFor("Step 4 of 8", "Project name: Notion Bot");
            t.keys("Down", "Down", "Enter").waitFor("Step 5 of 8");
            t.keys("Enter").waitFor("Step 6 of 8");
            t.keys("Enter").waitFor("Done: ");
            t.keys("Enter").waitFor("Step 7 of 8");
            assertThat(t.screen()).doesNotContain("set NOTION_TOKEN");
            t.keys("Down", "Enter").waitFor("Notion parent page (id or URL):");
            t.type("af5f89b5a8ff4c56a5e869797d11b9f8").keys("Enter")
                    .waitFor("Step 7 of 8", "NOTION_DATABASE_ID=db-1", "Provisioned.", "Continue");
            t.keys("Enter").waitFor("Step 8 of 8", "npm install", "more lines (Down to see)");
            t.keys("Down", "Down", "Down", "Down", "Down", "Down", "Down", "Down", "Down", "Down")
                    .waitFor("Step 8 of 8", "NOTION_DATA_SOURCE_ID=ds-1", "(end; Up to scroll back)");
            assertThat(t.screen()).doesNotContain(token);
            t.keys("Enter");
            assertThat(t.exitCode()).isZero();
            // The last step stays on the terminal after the wizard ends, the .env lines included.
            assertThat(t.waitFor("NOTION_DATABASE_ID=db-1", "npm start")).doesNotContain(token);
        } finally {
            notion.stop();
        }
        assertThat(notion.getAllServeEvents()).anySatisfy(e -> assertThat(e.getRequest().getUrl())
                .isEqualTo("/v1/databases"));
        assertThat(work.resolve("notion-bot/csmb.json")).isRegularFile();
    }

    @Test
    void aDumbTerminalInAPseudoTerminalIsRefusedWithExit2() throws Exception {
        try (Tmux t = wizard(work(), "TERM=dumb")) {
            t.waitFor("csmb new needs an interactive terminal", "csmb generate --config FILE");
            assertThat(t.exitCode()).isEqualTo(2);
        }
    }

    @Test
    void withoutATerminalItPointsToGenerate() throws Exception {
        Process process = new ProcessBuilder(java, "-jar", jar.toString(), "new").directory(work().toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE).start();
        process.getOutputStream().close();
        String err = new String(process.getErrorStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(err).contains("csmb new needs an interactive terminal").contains("csmb generate --config FILE");
    }
}
