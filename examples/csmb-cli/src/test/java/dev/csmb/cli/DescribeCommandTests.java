package dev.csmb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csmb.api.PlatformDescriptor;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DescribeCommandTests {

    @Test
    void describesEverythingInTheDescriptor() {
        Cli result = Cli.run("describe", "cli-interface");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        PlatformDescriptor cli = TestConfigs.platform();
        assertThat(result.out()).startsWith(cli.displayName() + " (cli-interface)")
                .contains(cli.summary())
                .containsPattern("Library +" + Pattern.quote(cli.library()))
                .containsPattern("Complexity +" + cli.complexity().id())
                .containsPattern("Estimated time +" + Pattern.quote(cli.estimatedTime()))
                .containsPattern("Features +" + Pattern.quote(PlatformTable.ids(cli.supportedFeatures())))
                .containsPattern("Default priorities +" + Pattern.quote(PlatformTable.ids(cli.defaultPriorities())))
                .contains("csmb generate --platform cli-interface");
    }

    @Test
    void jsonHasTheDescriptor() throws Exception {
        Cli result = Cli.run("describe", "cli-interface", "--json");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(new ObjectMapper().readTree(result.out()).get("id").asText()).isEqualTo("cli-interface");
    }

    @Test
    void describesTheSlackAppWithItsModeSetting() {
        Cli result = Cli.run("describe", "slack-bolt");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("Slack App (slack-bolt)").contains("mode", "socket", "http");
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
