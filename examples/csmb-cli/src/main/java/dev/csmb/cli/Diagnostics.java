package dev.csmb.cli;

import dev.csmb.api.Violation;
import dev.csmb.engine.DiscoveryProblem;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * Writes {@code error:} and {@code warning:} lines to a command's error stream. Only the prefix is styled: user
 * text never passes through picocli's markup, so a name like {@code @|bold x|@} prints as typed.
 */
final class Diagnostics {

    private final PrintWriter err;
    private final Ansi ansi;

    private Diagnostics(PrintWriter err, Ansi ansi) {
        this.err = err;
        this.ansi = ansi;
    }

    /** Diagnostics for this command's error stream and color scheme. */
    static Diagnostics of(CommandLine command) {
        return new Diagnostics(command.getErr(), command.getColorScheme().ansi());
    }

    void error(String message) {
        err.println(ansi.string("@|bold,red error:|@") + " " + message);
    }

    void warning(String message) {
        err.println(ansi.string("@|bold,yellow warning:|@") + " " + message);
    }

    /** One line per violation, {@code error: field: message [code]}, errors first. */
    void violations(List<Violation> violations) {
        violations.stream().filter(Violation::isError).forEach(v -> error(v.toString()));
        violations.stream().filter(v -> !v.isError()).forEach(v -> warning(v.toString()));
    }

    /** One warning line per plugin that could not be used: {@code warning: <class>: <why> [<kind>]}. */
    void discoveryProblems(List<DiscoveryProblem> problems) {
        problems.forEach(p -> warning(p.toString()));
    }

    void hint(String message) {
        err.println(message);
    }
}
