package dev.csmb.benchmarks;

import dev.csmb.api.PlatformDescriptor;
import dev.csmb.engine.CsmbEngine;
import java.io.IOException;
import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * {@code java -jar target/benchmarks.jar [JMH options]}: JMH's own command line, except that every platform the
 * engine discovers on the class path is measured unless {@code -p platform=...} names some, and a summary with µs per
 * KB of output (and allocation per output byte, with {@code -prof gc}) is printed after JMH's report.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException, IOException {
        CommandLineOptions command = new CommandLineOptions(args);
        if (command.shouldHelp() || command.shouldList() || command.shouldListProfilers()
                || command.shouldListResultFormats() || command.shouldListWithParams()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        Collection<RunResult> results = new Runner(options(command)).run();
        System.out.println();
        Summary.lines(results).forEach(System.out::println);
    }

    /** The command line's options, with every discovered platform as {@code platform} unless it names its own. */
    static Options options(Options command) {
        OptionsBuilder builder = new OptionsBuilder();
        builder.parent(command);
        if (command.getParameter("platform").hasValue()) {
            return builder.build();
        }
        String[] platforms = CsmbEngine.builder().build().platforms().stream().map(PlatformDescriptor::id)
                .toArray(String[]::new);
        return builder.param("platform", platforms).build();
    }
}
