package dev.csmb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class DescribeCommandTests {

    @Test
    void describesEverythingInTheDescriptor() {
        Cli result = Cli.run("describe", "cli-interface");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("CLI Tool (cli-interface)")
                .contains("Library", "Node readline", "Complexity", "basic", "Estimated time", "1-2 hours",
                        "Features", "custom-commands", "backup-restore", "context-awareness",
                        "Default priorities", "session-management, error-handling",
                        "csmb generate --platform cli-interface");
    }

    @Test
    void jsonHasTheDescriptor() throws Exception {
        Cli result = Cli.run("describe", "cli-interface", "--json");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(new ObjectMapper().readTree(result.out()).get("id").asText()).isEqualTo("cli-interface");
    }

    @Test
    void unknownPlatformNamesTheKnownOnes() {
        Cli result = Cli.run("describe", "myspace");

        assertThat(result.exitCode()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(result.err()).startsWith("error: unknown platform 'myspace'; known: ")
                .contains("cli-interface");
        assertThat(result.hasNoStackTrace()).isTrue();
        assertThat(result.out()).isEmpty();
    }
}
