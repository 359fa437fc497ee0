package dev.csmb.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the CLI in-process and captures what it printed. */
record Cli(int exitCode, String out, String err) {

    /** Runs with the real engine, discovered from the test class path, without CSMB_DEBUG. */
    static Cli run(String... args) {
        return run(new EngineHolder(), Map.of(), args);
    }

    static Cli run(EngineHolder engines, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CsmbCli.run(engines, env, new PrintWriter(out), new PrintWriter(err), args);
        return new Cli(code, out.toString(), err.toString());
    }

    /** True when nothing looks like a Java stack trace: users get one line per problem. */
    boolean hasNoStackTrace() {
        String all = out + err;
        return !all.contains("\tat ") && !all.contains("Exception:") && !all.contains("Caused by");
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
