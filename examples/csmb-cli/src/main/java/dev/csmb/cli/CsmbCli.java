package dev.csmb.cli;

import dev.csmb.engine.CsmbEngine;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code csmb} command line: lists platforms, describes one, validates a configuration file and generates
 * a project. {@link #main} is the jar's entry point; {@link #run(PrintWriter, PrintWriter, String...)} does
 * the work and returns the exit code, so tests can call it without ending the JVM.
 *
 * <p>Exit codes: {@value #OK} success, {@value #INVALID_INPUT} invalid input the user can fix (bad flags,
 * unknown platform, invalid configuration, non-empty output folder), {@value #FAILURE} anything else.
 */
@Command(name = "csmb", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Generates runnable Node.js chat-bot projects with chat-session management built in,"
                + " and provisions their Notion or Airtable session table.",
        footer = {"", "Exit codes: 0 success, 2 invalid input, 1 any other failure.",
                "Set CSMB_DEBUG=1 (or pass --verbose) to see stack traces of unexpected errors."})
public final class CsmbCli implements Callable<Integer> {

    /** The exit code of a command that did what was asked. */
    public static final int OK = 0;
    /** The exit code of an unexpected failure: a broken plugin, an unwritable folder, a bug. */
    public static final int FAILURE = 1;
    /** The exit code of input the user can fix. */
    public static final int INVALID_INPUT = 2;

    private final EngineHolder engines;
    private final Map<String, String> environment;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print stack traces of unexpected errors (same as CSMB_DEBUG=1).")
    boolean verbose;

    @Spec
    private CommandSpec spec;

    CsmbCli(EngineHolder engines, Map<String, String> environment) {
        this.engines = engines;
        this.environment = Map.copyOf(environment);
    }

    /** Runs the command line and exits the JVM with its exit code. */
    public static void main(String[] args) {
        // Hibernate Validator logs through JBoss Logging, which falls back to java.util.logging and prints an
        // INFO banner to stderr. Route it to SLF4J, which this application binds to slf4j-nop.
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /** Runs the command line with these streams and returns the exit code; never calls {@code System.exit}. */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(new EngineHolder(), System.getenv(), out, err, args);
    }

    static int run(EngineHolder engines, Map<String, String> env, PrintWriter out, PrintWriter err, String... args) {
        try {
            return commandLine(engines, env, out, err, Arrays.asList(args)).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    static CommandLine commandLine(EngineHolder engines, Map<String, String> env, PrintWriter out, PrintWriter err) {
        return commandLine(engines, env, out, err, List.of());
    }

    /**
     * The command line for these arguments. Picocli builds a command's model by reflection when the command is
     * added, which is most of a short run's time; so when the arguments name a subcommand, only that one is added.
     * Anything else (no subcommand, {@code help}, an unknown word, root options) gets every subcommand, in order,
     * so usage, suggestions and errors are as before.
     */
    static CommandLine commandLine(EngineHolder engines, Map<String, String> env, PrintWriter out, PrintWriter err,
            List<String> args) {
        Class<?> named = SUBCOMMANDS.get(subcommandName(args));
        if (named != null && VALIDATING.contains(named)) {
            // Hibernate Validator's bootstrap and the parser's first compilation run on another core while picocli
            // builds its model below and the engine discovers platforms.
            CsmbEngine.prepareInBackground();
        }
        CsmbCli root = new CsmbCli(engines, env);
        CommandLine cli = new CommandLine(root);
        if (named != null) {
            cli.addSubcommand(named);
        } else {
            for (Class<?> subcommand : ALL_SUBCOMMANDS) {
                cli.addSubcommand(subcommand);
            }
        }
        ErrorReporter reporter = new ErrorReporter(() -> root.verbose || "1".equals(env.get("CSMB_DEBUG")));
        cli.setOut(out)
                .setErr(err)
                .setColorScheme(CommandLine.Help.defaultColorScheme(ansi(env)))
                .setExecutionExceptionHandler(reporter)
                .setParameterExceptionHandler(reporter)
                .setExitCodeExceptionMapper(reporter);
        return cli;
    }

    /** The subcommands in the order usage lists them. */
    private static final List<Class<?>> ALL_SUBCOMMANDS = List.of(NewCommand.class, PlatformsCommand.class,
            DescribeCommand.class, ValidateCommand.class, GenerateCommand.class, ProvisionCommand.class,
            HelpCommand.class);

    /**
     * The subcommands that may be added alone, by their {@code @Command} name and aliases ({@code help} lists the
     * others, so it never is). Reading the annotation is cheap; building picocli's model of a command is not.
     */
    private static final Map<String, Class<?>> SUBCOMMANDS = byName(ALL_SUBCOMMANDS.stream()
            .filter(c -> c != HelpCommand.class).toList());

    private static Map<String, Class<?>> byName(List<Class<?>> commands) {
        Map<String, Class<?>> byName = new HashMap<>();
        for (Class<?> command : commands) {
            Command names = command.getAnnotation(Command.class);
            byName.put(names.name(), command);
            for (String alias : names.aliases()) {
                byName.put(alias, command);
            }
        }
        return Map.copyOf(byName);
    }

    /** The subcommands that validate a configuration, and so start the validator's bootstrap early. */
    private static final Set<Class<?>> VALIDATING = Set.of(NewCommand.class, ValidateCommand.class,
            GenerateCommand.class);

    /** The root's own options, which may come before the subcommand's name. */
    private static final Set<String> ROOT_OPTIONS = Set.of("--verbose");

    /** The first argument that is not one of the root's own options, or {@code ""} when there is none. */
    private static String subcommandName(List<String> args) {
        for (String arg : args) {
            if (!ROOT_OPTIONS.contains(arg)) {
                return arg == null ? "" : arg;
            }
        }
        return "";
    }

    /** Colors only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
    private static CommandLine.Help.Ansi ansi(Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        return noColor != null && !noColor.isEmpty() ? CommandLine.Help.Ansi.OFF : CommandLine.Help.Ansi.AUTO;
    }

    /**
     * The environment variables this run sees (HOME for the protected folders, NO_COLOR, CSMB_DEBUG, the tokens of
     * {@code provision}); tests pass their own.
     */
    Map<String, String> environment() {
        return environment;
    }

    /** The shared engine, built on first use so that {@code --help} stays fast. */
    EngineHolder engines() {
        return engines;
    }

    /** {@code csmb} alone shows what it can do, on the error stream because no command ran. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return INVALID_INPUT;
    }
}
