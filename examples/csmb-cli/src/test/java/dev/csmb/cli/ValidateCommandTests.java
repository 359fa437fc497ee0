package dev.csmb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.Priority;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTests {

    @TempDir
    Path temp;

    @Test
    void validJsonExitsZero() {
        Path file = TestConfigs.write(temp.resolve("bot.json"), TestConfigs.valid());

        Cli result = Cli.run("validate", file.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains(file.toAbsolutePath().toString(), "valid", "cli-interface");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void validYamlExitsZero() {
        Path file = TestConfigs.write(temp.resolve("bot.yaml"), TestConfigs.valid());

        Cli result = Cli.run("validate", file.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
    }

    @Test
    void invalidConfigurationListsErrorsWithFieldAndCode() {
        Path file = TestConfigs.write(temp.resolve("bot.json"), TestConfigs.valid()
                .withPriorities(List.of(Priority.SCALABILITY)));

        Cli result = Cli.run("validate", file.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(result.err()).containsPattern("error: priorities: .+ \\[[a-z-]+\\]");
        assertThat(result.out()).contains("invalid", "1 error");
        assertThat(result.hasNoStackTrace()).isTrue();
    }

    @Test
    void missingFileExitsTwo() {
        Path missing = temp.resolve("nope.json");

        Cli result = Cli.run("validate", missing.toString());

        assertThat(result.exitCode()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(result.err()).startsWith("error: FILE: no such file: " + missing.toAbsolutePath());
        assertThat(result.hasNoStackTrace()).isTrue();
    }

    @Test
    void malformedJsonExitsTwoWithTheLine() {
        Path file = TestConfigs.text(temp.resolve("bot.json"),
                "{\n  \"platform\": \"cli-interface\",\n  \"projectName\": \"my-bot\"\n  \"description\": 1,\n}\n");

        Cli result = Cli.run("validate", file.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(result.err()).startsWith("error: ").containsPattern("(?i)line:? 4");
        assertThat(result.hasNoStackTrace()).isTrue();
    }

    @Test
    void malformedYamlExitsTwoWithTheLine() {
        Path file = TestConfigs.text(temp.resolve("bot.yaml"),
                "platform: cli-interface\nprojectName: my-bot\npriorities: [session-management\n  - x: : y\n");

        Cli result = Cli.run("validate", file.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(result.err()).startsWith("error: ").containsPattern("(?i)line:? \\d+");
        assertThat(result.hasNoStackTrace()).isTrue();
    }
}
