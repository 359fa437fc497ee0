package dev.csmb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --session-sink} on {@code generate} and {@code validate}, and where the help and describe show it. */
class SessionSinkFlagTests {

    @TempDir
    Path temp;

    private static final String[] FLAGS = {"generate", "--platform", "cli-interface", "--name", "sink-bot",
            "--description", "A terminal bot that writes its sessions somewhere."};

    private static String[] with(String[] base, String... extra) {
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @Test
    void generatesTheChosenSinkAndRecordsItInCsmbJson() {
        Path out = temp.resolve("notion");

        Cli result = Cli.run(with(FLAGS, "--session-sink", "notion", "--out", out.toString()));

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(out.resolve("src/core/notion-sink.js")).isRegularFile();
        assertThat(out.resolve("test/integrations/notion-sink.test.js")).isRegularFile();
        assertThat(out.resolve("src/core/airtable-sink.js")).doesNotExist();
        assertThat(out.resolve("csmb.json")).content().contains("\"sessionSink\": \"notion\"");
        assertThat(out.resolve(".env.example")).content().contains("NOTION_DATA_SOURCE_ID=");
    }

    @Test
    void theFlagReplacesTheConfigurationFilesSink() throws IOException {
        Path config = temp.resolve("bot.yaml");
        Files.writeString(config, "platform: cli-interface\nprojectName: Sink Bot\nsessionSink: notion\n");

        Cli result = Cli.run("generate", "--config", config.toString(), "--session-sink", "airtable", "--dry-run");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("src/core/airtable-sink.js").doesNotContain("src/core/notion-sink.js");
        Cli fromFile = Cli.run("generate", "--config", config.toString(), "--dry-run");
        assertThat(fromFile.out()).contains("src/core/notion-sink.js").doesNotContain("airtable");
    }

    @Test
    void anUnknownSinkIsOneLineNamingTheFlagAndExit2() {
        Cli result = Cli.run(with(FLAGS, "--session-sink", "notoin", "--dry-run"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("error: --session-sink \"notoin\" is not a session sink; valid ids: "
                + "none, notion, airtable\n");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void anUnknownSinkInAFileNamesTheField() throws IOException {
        Path config = temp.resolve("bot.yaml");
        Files.writeString(config, "platform: cli-interface\nprojectName: Sink Bot\nsessionSink: sheets\n");

        Cli result = Cli.run("validate", config.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("sessionSink", "\"sheets\" is not a session sink",
                "valid ids: none, notion, airtable");
    }

    @Test
    void validateTakesTheFlagToo() throws IOException {
        Path config = temp.resolve("bot.yaml");
        Files.writeString(config, "platform: cli-interface\nprojectName: Sink Bot\n");

        assertThat(Cli.run("validate", config.toString(), "--session-sink", "airtable").exitCode()).isZero();
        Cli bad = Cli.run("validate", config.toString(), "--session-sink", "excel");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--session-sink \"excel\" is not a session sink");
    }

    @Test
    void helpAndDescribeListTheSinks() {
        assertThat(Cli.run("generate", "--help").out()).contains("--session-sink=SINK",
                "none, notion, airtable; default: none");
        assertThat(Cli.run("validate", "--help").out()).contains("--session-sink=SINK");
        assertThat(Cli.run("describe", "cli-interface").out()).containsPattern(
                "Session sinks +none, notion, airtable \\(--session-sink; default none\\)\n");
    }
}
