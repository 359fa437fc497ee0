package dev.csmb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.DefinitionException;
import dev.csmb.api.InvalidInputException;
import dev.csmb.api.ValidationResult;
import dev.csmb.api.Violation;
import dev.csmb.engine.CsmbEngine;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** How failures reach the user, independent of the real engine: an engine factory that throws stands in. */
class ErrorReportingTests {

    private static EngineHolder failing(RuntimeException exception) {
        Supplier<CsmbEngine> factory = () -> {
            throw exception;
        };
        return new EngineHolder(factory);
    }

    @Test
    void invalidInputPrintsOneLinePerErrorAndExitsTwo() {
        InvalidInputException problem = new InvalidInputException(ValidationResult.of(List.of(
                Violation.error("projectName", "pattern", "may contain only letters"),
                Violation.error("priorities", "size", "choose between 2 and 4 priorities"),
                Violation.warning("features[0]", "unsupported-feature", "webhooks is left out"))));

        Cli result = Cli.run(failing(problem), Map.of(), "platforms");

        assertThat(result.exitCode()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(result.err().lines()).containsExactly(
                "error: priorities: choose between 2 and 4 priorities [size]",
                "error: projectName: may contain only letters [pattern]",
                "warning: features[0]: webhooks is left out [unsupported-feature]");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void definitionProblemIsOneLineAndExitsOne() {
        Cli result = Cli.run(failing(new DefinitionException("template csmb/x.hbs does not compile")), Map.of(),
                "platforms");

        assertThat(result.exitCode()).isEqualTo(CsmbCli.FAILURE);
        assertThat(result.err()).startsWith("error: template csmb/x.hbs does not compile" + System.lineSeparator());
        assertThat(result.hasNoStackTrace()).isTrue();
    }

    @Test
    void unexpectedExceptionNamesItsType() {
        Cli result = Cli.run(failing(new IllegalStateException("boom")), Map.of(), "platforms");

        assertThat(result.exitCode()).isEqualTo(CsmbCli.FAILURE);
        assertThat(result.err()).startsWith("error: boom (IllegalStateException)").contains("--verbose");
        assertThat(result.hasNoStackTrace()).isTrue();
    }

    @Test
    void exceptionWithoutMessageStillSaysSomething() {
        Cli result = Cli.run(failing(new NullPointerException()), Map.of(), "platforms");

        assertThat(result.exitCode()).isEqualTo(CsmbCli.FAILURE);
        assertThat(result.err()).startsWith("error: java.lang.NullPointerException");
    }

    @Test
    void verboseAfterTheCommandPrintsTheStackTrace() {
        Cli result = Cli.run(failing(new IllegalStateException("boom")), Map.of(), "platforms", "--verbose");

        assertThat(result.exitCode()).isEqualTo(CsmbCli.FAILURE);
        assertThat(result.err()).contains("java.lang.IllegalStateException: boom", "\tat ");
    }

    @Test
    void verboseBeforeTheCommandPrintsTheStackTrace() {
        Cli result = Cli.run(failing(new IllegalStateException("boom")), Map.of(), "--verbose", "platforms");

        assertThat(result.err()).contains("\tat ");
    }

    @Test
    void csmbDebugPrintsTheStackTrace() {
        Cli result = Cli.run(failing(new IllegalStateException("boom")), Map.of("CSMB_DEBUG", "1"), "platforms");

        assertThat(result.exitCode()).isEqualTo(CsmbCli.FAILURE);
        assertThat(result.err()).contains("\tat ");
    }

    @Test
    void userErrorsNeverGetAStackTraceEvenWhenVerbose() {
        InvalidInputException problem = new InvalidInputException(Violation.error("platform", "x", "bad"));

        Cli result = Cli.run(failing(problem), Map.of("CSMB_DEBUG", "1"), "platforms", "--verbose");

        assertThat(result.exitCode()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(result.hasNoStackTrace()).isTrue();
    }

    @Test
    void helpDoesNotBuildTheEngine() {
        Cli result = Cli.run(failing(new IllegalStateException("must not be built")), Map.of(), "generate", "--help");

        assertThat(result.exitCode()).isZero();
    }

    @Test
    void userTextIsNotReadAsMarkup() {
        InvalidInputException problem = new InvalidInputException(
                Violation.error("projectName", "pattern", "'@|bold x|@' is not allowed"));

        Cli result = Cli.run(failing(problem), Map.of(), "platforms");

        assertThat(result.err()).contains("'@|bold x|@' is not allowed");
    }
}
