package dev.csmb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code csmb new} where there is no person to ask: the test JVM has no console, and CI may be set. */
class NewCommandTests {

    @Test
    void withoutAConsoleItPointsToGenerateAndExits2() {
        Cli result = Cli.run("new");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("csmb new needs an interactive terminal",
                "standard input or output is not a terminal", "csmb generate --config FILE --out DIR");
        assertThat(result.out()).isEmpty();
        assertThat(result.hasNoStackTrace()).isTrue();
    }

    @Test
    void aDumbTerminalIsNotEnough() {
        Cli result = Cli.run(new EngineHolder(), Map.of("TERM", "dumb"), "new");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("TERM is dumb", "csmb generate");
    }

    @Test
    void ciIsNotAPerson() {
        Cli result = Cli.run(new EngineHolder(), Map.of("CI", "true"), "new", "--from", "csmb.json");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("CI is set", "csmb generate");
    }
}
