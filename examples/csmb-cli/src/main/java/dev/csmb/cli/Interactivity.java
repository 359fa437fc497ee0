package dev.csmb.cli;

import java.io.Console;
import java.util.Map;

/** Whether {@code csmb new} can talk to a person: a capable terminal on both ends, and not a CI job. */
final class Interactivity {

    private Interactivity() {
    }

    /** Why the wizard cannot run here ({@code ""} when it can). */
    static String notInteractive(Map<String, String> env) {
        String ci = env.get("CI");
        if (ci != null && !ci.isEmpty() && !ci.equalsIgnoreCase("false")) {
            return "CI is set";
        }
        String term = env.get("TERM");
        if (term != null && term.startsWith("dumb")) {
            return "TERM is " + term + " (a dumb terminal has no cursor keys or screen updates)";
        }
        Console console = System.console();
        if (console == null || !isTerminal(console)) {
            return "standard input or output is not a terminal";
        }
        return "";
    }

    /** Java 22 and later return a console even when redirected; {@code isTerminal()} then says the truth. */
    private static boolean isTerminal(Console console) {
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
