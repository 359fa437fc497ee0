package dev.csmb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csmb.engine.CsmbEngine;
import dev.csmb.engine.fixtures.EchoGenerator;
import dev.csmb.engine.fixtures.FixturePlatformGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Platform settings on the command line, against the engine's fixture platform and its {@code channel} setting. */
class SettingsCommandTests {

    private static EngineHolder fixture() {
        return new EngineHolder(() -> CsmbEngine.builder().autoDiscovery(false)
                .generator(new FixturePlatformGenerator()).generator(new EchoGenerator()).build());
    }

    private static Cli run(String... args) {
        return Cli.run(fixture(), Map.of(), args);
    }

    @Test
    void describeShowsEachSettingWithItsValuesAndDefault() {
        Cli result = run("describe", "test-fixture");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).containsPattern("Settings +channel\n")
                .contains("  Setting channel: Which channel the fixture's messages come from.\n"
                        + "    fixture (default)  One channel named after the fixture.\n"
                        + "    loopback           A channel named loopback, as if a test talked to itself.\n")
                .contains("csmb generate --platform test-fixture --name \"My Bot\" --out my-bot"
                        + " --setting channel=loopback");
    }

    @Test
    void describeSaysWhenThereAreNoSettings() {
        Cli result = run("describe", "test-echo");

        assertThat(result.out()).containsPattern("Settings +-\n").doesNotContain("--setting");
    }

    @Test
    void platformsJsonIncludesTheSettings() throws IOException {
        Cli result = run("platforms", "--json");

        JsonNode platforms = new ObjectMapper().readTree(result.out());
        JsonNode fixture = platforms.get(0).get("id").asText().equals("test-fixture") ? platforms.get(0)
                : platforms.get(1);
        JsonNode channel = fixture.get("settings").get(0);
        assertThat(channel.get("name").asText()).isEqualTo("channel");
        assertThat(channel.get("default").asText()).isEqualTo("fixture");
        assertThat(channel.get("description").asText()).isEqualTo("Which channel the fixture's messages come from.");
        assertThat(channel.get("values").findValuesAsText("id")).containsExactly("fixture", "loopback");
        JsonNode echo = platforms.get(0) == fixture ? platforms.get(1) : platforms.get(0);
        assertThat(echo.get("settings").isArray()).isTrue();
        assertThat(echo.get("settings")).isEmpty();
    }

    @Test
    void thePlatformTableHintsAtSettings() {
        assertThat(run("platforms").out()).endsWith("\nSettings: test-fixture (channel); see `csmb describe <id>`\n");
        // The shipped platforms with settings (each with its settings) are on the one hint line.
        String hint = Cli.run("platforms").out();
        assertThat(hint).containsPattern("\nSettings: .*; see `csmb describe <id>`\n$");
        assertThat(hint.substring(hint.lastIndexOf("\nSettings: ")))
                .contains("discord-js (messages)", "slack-bolt (mode)", "telegram-bot-api (mode)",
                        "twitter-api (direct-messages)", "whatsapp-web (transport)");
    }

    @Test
    void generateTakesASettingThatChangesTheProject(@TempDir Path dir) throws IOException {
        Cli result = run("generate", "--platform", "test-fixture", "--name", "Fix Bot", "--setting",
                "channel=loopback", "--out", dir.resolve("bot").toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(Files.readString(dir.resolve("bot/src/platform/adapter.js")))
                .contains("const CHANNEL_ID = 'loopback';");
    }

    @Test
    void aValueTheSettingDoesNotAllowIsInvalidInputNamingTheKey() {
        Cli result = run("generate", "--platform", "test-fixture", "--name", "Fix Bot", "--setting", "channel=web",
                "--dry-run");

        assertThat(result.exitCode()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(result.err()).isEqualTo("error: settings.channel: 'web' is not a value of channel (allowed: "
                + "fixture, loopback) [unknown-setting-value]\n");
    }

    @Test
    void anUnknownSettingNamesTheKnownOnes() {
        Cli result = run("generate", "--platform", "test-fixture", "--name", "Fix Bot", "--setting", "mode=webhook",
                "--dry-run");

        assertThat(result.exitCode()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(result.err()).contains("settings.mode: 'mode' is not a setting of test-fixture (its settings: "
                + "channel) [unknown-setting]");
    }

    @Test
    void wrongSyntaxIsOneLineAndExitTwo() {
        for (String bad : new String[] {"channel", "=loopback", "channel="}) {
            Cli result = run("generate", "--platform", "test-fixture", "--name", "Fix Bot", "--setting", bad,
                    "--dry-run");

            assertThat(result.exitCode()).as(bad).isEqualTo(CsmbCli.INVALID_INPUT);
            assertThat(result.err().lines().findFirst().orElseThrow()).as(bad).isEqualTo("error: --setting \"" + bad
                    + "\" must be NAME=VALUE with both parts given, for example --setting mode=webhook");
            assertThat(result.hasNoStackTrace()).isTrue();
        }
    }

    @Test
    void aSettingGivenTwiceWithDifferentValuesIsRefused() {
        Cli result = run("generate", "--platform", "test-fixture", "--name", "Fix Bot", "--setting", "channel=fixture",
                "--setting", "channel=loopback", "--dry-run");

        assertThat(result.exitCode()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(result.err().lines().findFirst().orElseThrow()).isEqualTo("error: --setting 'channel' is given "
                + "twice, with 'fixture' and 'loopback'; give it once");
    }

    @Test
    void validateAppliesSettingsOnTopOfTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bot.yaml");
        Files.writeString(file, "platform: test-fixture\nprojectName: Fix Bot\nsettings:\n  channel: web\n");

        Cli fromFile = run("validate", file.toString());
        assertThat(fromFile.exitCode()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(fromFile.err()).contains("settings.channel: 'web' is not a value of channel");

        Cli overridden = run("validate", file.toString(), "--setting", "channel=loopback");
        assertThat(overridden.exitCode()).as(overridden.toString()).isZero();
    }

    @Test
    void generateFromAFileCarriesItsSettings(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bot.json");
        Files.writeString(file, "{\"platform\": \"test-fixture\", \"projectName\": \"Fix Bot\", "
                + "\"settings\": {\"channel\": \"loopback\"}}");

        Cli result = run("generate", "--config", file.toString(), "--out", dir.resolve("bot").toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(Files.readString(dir.resolve("bot/src/platform/adapter.js")))
                .contains("const CHANNEL_ID = 'loopback';");
    }
}
