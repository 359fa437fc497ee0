package dev.csmb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Picocli builds each command it is given by reflection, so a run names the one it needs; the rest see all. */
class SubcommandSetUpTests {

    private static final List<String> ALL =
            List.of("new", "platforms", "describe", "validate", "generate", "provision", "help");

    private static CommandLine commandLine(String... args) {
        PrintWriter sink = new PrintWriter(new StringWriter());
        return CsmbCli.commandLine(new EngineHolder(), Map.of(), sink, sink, List.of(args));
    }

    @ParameterizedTest
    @ValueSource(strings = {"new", "platforms", "describe", "validate", "generate", "provision"})
    void aNamedCommandIsTheOnlyOneSetUp(String command) {
        assertThat(commandLine(command, "--help").getSubcommands().keySet()).containsExactly(command);
        assertThat(commandLine("--verbose", command).getSubcommands().keySet()).containsExactly(command);
    }

    @Test
    void provisionKeepsItsOwnSubcommands() {
        CommandLine provision = commandLine("provision", "notion").getSubcommands().get("provision");

        assertThat(provision.getSubcommands().keySet()).containsExactly("notion", "airtable");
    }

    @ParameterizedTest
    @ValueSource(strings = {"help", "--help", "-h", "--version", "genrate", "--verbose"})
    void anythingElseSetsUpEveryCommandInOrder(String first) {
        assertThat(commandLine(first).getSubcommands().keySet()).containsExactlyElementsOf(ALL);
    }

    @Test
    void noArgumentsSetUpEveryCommandInOrder() {
        assertThat(commandLine().getSubcommands().keySet()).containsExactlyElementsOf(ALL);
    }

    @Test
    void theInheritedVerboseOptionReachesALoneCommand() {
        CommandLine generate = commandLine("generate").getSubcommands().get("generate");

        assertThat(generate.getCommandSpec().findOption("--verbose")).isNotNull();
    }
}
