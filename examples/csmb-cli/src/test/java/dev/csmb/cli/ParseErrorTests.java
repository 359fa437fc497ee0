package dev.csmb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes picocli catches before any command runs: all exit 2, say what is wrong, and write nothing. */
class ParseErrorTests {

    @TempDir
    Path temp;

    @Test
    void unknownOptionExitsTwoWithoutStackTrace() {
        Cli result = Cli.run("platforms", "--nope");

        assertThat(result.exitCode()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(result.err()).startsWith("error: Unknown option: '--nope'")
                .contains("Try 'csmb platforms --help'");
        assertThat(result.hasNoStackTrace()).isTrue();
        assertThat(result.out()).isEmpty();
    }

    @Test
    void misspelledOptionGetsASuggestion() {
        Cli result = Cli.run("generate", "--platfrom", "cli-interface");

        assertThat(result.exitCode()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(result.err()).contains("--platform");
    }

    @Test
    void unknownCommandGetsASuggestion() {
        Cli result = Cli.run("platfroms");

        assertThat(result.exitCode()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(result.err()).contains("Did you mean", "csmb platforms");
    }

    @Test
    void missingArgumentExitsTwo() {
        Cli result = Cli.run("describe");

        assertThat(result.exitCode()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(result.err()).contains("error: Missing required parameter: 'ID'");
        assertThat(result.hasNoStackTrace()).isTrue();
    }

    @Test
    void missingOptionValueExitsTwo() {
        Cli result = Cli.run("generate", "--platform", "cli-interface", "--name");

        assertThat(result.exitCode()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(result.err()).contains("--name");
    }

    @Test
    void configAndFlagsAreMutuallyExclusive() throws Exception {
        Path out = temp.resolve("bot");
        Cli result = Cli.run("generate", "--config", temp.resolve("bot.json").toString(), "--platform",
                "cli-interface", "--name", "my-bot", "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(result.err()).contains("error: --config and --platform/--name are mutually exclusive");
        assertThat(result.hasNoStackTrace()).isTrue();
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void outAndZipAreMutuallyExclusive() {
        Cli result = Cli.run("generate", "--platform", "cli-interface", "--name", "my-bot",
                "--out", temp.resolve("bot").toString(), "--zip", temp.resolve("bot.zip").toString());

        assertThat(result.exitCode()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(result.err()).contains("error: --out and --zip are mutually exclusive (specify only one)");
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void generateNeedsAConfigurationSource() {
        Cli result = Cli.run("generate", "--out", temp.resolve("bot").toString());

        assertThat(result.exitCode()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(result.err()).contains("--config", "--platform");
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void flagsNeedPlatformAndName() {
        Cli result = Cli.run("generate", "--platform", "cli-interface", "--dry-run");

        assertThat(result.exitCode()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(result.err()).contains("--name");
    }

    @Test
    void generateNeedsATargetUnlessDryRun() {
        Cli result = Cli.run("generate", "--platform", "cli-interface", "--name", "my-bot");

        assertThat(result.exitCode()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(result.err()).contains("'--out=DIR' or '--zip=FILE'", "--dry-run");
    }

    @Test
    void emptyTempDirStaysEmptyOnParseErrors() throws Exception {
        Cli.run("generate", "--platform", "cli-interface", "--name", "my-bot", "--out", temp.toString(), "--bogus");

        try (var entries = Files.list(temp)) {
            assertThat(entries).isEmpty();
        }
    }
}
