package dev.csmb.cli;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.cli.wizard.StepModel;
import dev.csmb.cli.wizard.Wizard;
import dev.csmb.cli.wizard.WizardState;
import dev.csmb.engine.CsmbEngine;
import dev.csmb.engine.write.ProtectedFolders;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code csmb new}: the eight-step wizard in the terminal. Needs an interactive terminal; anywhere else it says to
 * use {@code csmb generate} and exits with 2.
 */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Creates a project with an interactive wizard: platform, priorities, features, team and "
                + "name, review, generate, optional Notion/Airtable set-up, next steps.",
        footer = {"", "Keys: Up/Down move, Space select, Left/Right change, Enter continue, b back, Ctrl-C quit.",
                "Ctrl-C before step 6 is confirmed writes nothing (exit 130).",
                "Without a terminal (piped input, CI), use `csmb generate --config FILE --out DIR`."})
final class NewCommand implements Callable<Integer> {

    @ParentCommand
    private CsmbCli root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--from", paramLabel = "FILE", description = "Start pre-filled from a configuration file "
            + "(csmb.json of a generated project, or any .json/.yaml configuration).")
    Path from;

    @Option(names = "--out", paramLabel = "DIR", description = "The folder to write the project into (default: the "
            + "project name in lower case, in the current folder); it can be changed at step 6.")
    Path out;

    @Override
    public Integer call() {
        Map<String, String> env = root.environment();
        String why = Interactivity.notInteractive(env);
        if (!why.isEmpty()) {
            spec.commandLine().getErr().println("csmb new needs an interactive terminal, and " + why + ". Use "
                    + "`csmb generate --config FILE --out DIR` (or flags; see `csmb generate --help`) instead.");
            return CsmbCli.INVALID_INPUT;
        }
        CsmbEngine engine = root.engines().engine();
        BuildConfiguration start = from != null ? prefilled(ConfigFiles.read(root.engines().codec(), from,
                "--from")) : fresh(engine);
        Path target = (out != null ? out : Path.of(StepModel.folderName(start))).toAbsolutePath().normalize();
        Wizard.Outcome outcome;
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            if (terminal.getType() == null || terminal.getType().startsWith("dumb")) {
                spec.commandLine().getErr().println("csmb new needs an interactive terminal, and this one has no "
                        + "cursor keys or screen updates. Use `csmb generate --config FILE --out DIR` instead.");
                return CsmbCli.INVALID_INPUT;
            }
            Wizard wizard = new Wizard(terminal, engine, env, ProtectedFolders.standard(env), this::provision);
            outcome = wizard.run(WizardState.start(start, target, out != null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the terminal", e);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (outcome.exitCode() == Wizard.CANCELLED) {
            spec.commandLine().getErr().println(outcome.written().map(p -> "Cancelled; the project written to " + p
                    + " stays.").orElse("Cancelled; nothing was written."));
            return Wizard.CANCELLED;
        }
        outcome.finalLines().forEach(stdout::println);
        return outcome.exitCode();
    }

    /** A file's answers; no priorities means the platform's defaults, shown selected. */
    private BuildConfiguration prefilled(BuildConfiguration read) {
        PlatformDescriptor platform = root.engines().platform(read.platform(), "--from");
        return read.priorities().isEmpty() ? read.withPriorities(platform.defaultPriorities()) : read;
    }

    /** The platform csmb ships (or the first installed), its defaults pre-selected; name and description empty. */
    private static BuildConfiguration fresh(CsmbEngine engine) {
        List<PlatformDescriptor> platforms = engine.platforms();
        PlatformDescriptor platform = platforms.stream().filter(p -> p.id().equals("cli-interface")).findFirst()
                .orElseGet(() -> platforms.isEmpty() ? null : platforms.get(0));
        if (platform == null) {
            throw new dev.csmb.api.InvalidInputException(dev.csmb.api.Violation.error("platform", "no-platforms",
                    "no platforms are installed; add a csmb-platform-* module to the class path"));
        }
        return BuildConfiguration.builder(platform.id()).priorities(platform.defaultPriorities())
                .complexity(platform.complexity()).build();
    }

    /** Step 7: the same code as {@code csmb provision}, its output shown in the wizard. */
    private List<String> provision(String service, String id, Path configuration) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of("provision", service, "--config", configuration.toString()));
        args.addAll(service.equals("notion") ? List.of("--parent-page", id) : List.of("--base", id));
        int code = CsmbCli.run(root.engines(), root.environment(), new PrintWriter(out), new PrintWriter(err),
                args.toArray(String[]::new));
        List<String> lines = new ArrayList<>();
        (out + err.toString()).lines().forEach(lines::add);
        lines.add(code == 0 ? "Provisioned." : "Provisioning failed (exit " + code + "); the project is unchanged.");
        return lines;
    }
}
