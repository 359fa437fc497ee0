package dev.csmb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HelpAndVersionTests {

    @ParameterizedTest
    @ValueSource(strings = {"new", "platforms", "describe", "validate", "generate", "provision"})
    void everyCommandHasHelp(String command) {
        Cli result = Cli.run(command, "--help");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("Usage: csmb " + command);
        assertThat(result.err()).isEmpty();
    }

    @Test
    void rootHelpListsTheCommandsAndExitCodes() {
        Cli result = Cli.run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("  new  ", "platforms", "describe", "validate", "generate", "provision", "Exit codes");
    }

    @Test
    void helpCommandShowsACommandsHelp() {
        Cli result = Cli.run("help", "generate");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Usage: csmb generate");
    }

    @Test
    void generateHelpListsTheCatalogValues() {
        Cli result = Cli.run("generate", "--help");

        assertThat(result.out()).contains("session-management", "ai-integration", "enterprise", "expert");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V"})
    void versionComesFromTheBuild(String flag) {
        Cli result = Cli.run(flag);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("csmb ").doesNotContain("${").doesNotContain("csmb dev");
        assertThat(result.out().lines().findFirst().orElseThrow()).matches("csmb \\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void noCommandShowsUsageAndFails() {
        Cli result = Cli.run();

        assertThat(result.exitCode()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(result.err()).contains("Usage: csmb");
        assertThat(result.out()).isEmpty();
    }
}
