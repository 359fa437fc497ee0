package dev.csmb.cli;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.GeneratedSolution;
import dev.csmb.engine.CsmbEngine;
import dev.csmb.engine.write.ProtectedFolders;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code csmb generate}: builds a project from a configuration file or from flags, and writes it to a folder or a
 * zip archive. Nothing is written unless the configuration is valid and the target is safe to use.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = "Generates a runnable Node.js chat-bot project.",
        footer = {"", "Examples:",
                "  csmb generate --platform cli-interface --name \"My Bot\" --out my-bot",
                "  csmb generate --config bot.yaml --zip my-bot.zip",
                "  csmb generate --platform cli-interface --name demo --no-docker --dry-run"})
final class GenerateCommand implements Callable<Integer> {

    @ParentCommand
    private CsmbCli root;

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1", order = 1,
            heading = "%nWhat to generate: a configuration file or flags%n")
    Source source;

    @ArgGroup(exclusive = true, multiplicity = "0..1", order = 2,
            heading = "%nWhere to write it (one is required unless --dry-run)%n")
    OutputTarget target;

    @Mixin
    SettingFlags settingFlags;

    @Mixin
    SessionSinkFlag sessionSinkFlag;

    @Option(names = "--force", order = 40, description = "Replace the contents of a non-empty folder or an "
            + "existing zip file.")
    boolean force;

    @Option(names = "--dry-run", order = 41, description = "List the files with sizes and SHA-256; write nothing.")
    boolean dryRun;

    /** Either a configuration file or the flags that make one. */
    static final class Source {
        @Option(names = "--config", paramLabel = "FILE", order = 0,
                description = "A configuration file: JSON (.json) or YAML (.yaml, .yml).")
        Path config;

        @ArgGroup(exclusive = false, order = 1)
        ConfigurationFlags flags;
    }

    @Override
    public Integer call() {
        if (target == null && !dryRun) {
            throw new ParameterException(spec.commandLine(),
                    "Missing required option: '--out=DIR' or '--zip=FILE' (or --dry-run to only list the files)");
        }
        ProtectedFolders protectedFolders = ProtectedFolders.standard(root.environment());
        if (target != null && !dryRun) {
            target.check(force, protectedFolders);
        }
        BuildConfiguration configuration = configuration();
        CsmbEngine engine = root.engines().engine();
        // A plugin that lost its platform id to another generator is named, with both providers.
        Diagnostics.of(spec.commandLine()).discoveryProblems(engine.discoveryProblems().stream()
                .filter(p -> p.platformId().equals(configuration.platform())).toList());
        GeneratedSolution solution = engine.generate(configuration);
        Diagnostics.of(spec.commandLine()).violations(solution.warnings());
        PrintWriter out = spec.commandLine().getOut();
        if (dryRun) {
            DryRunReport.print(out, solution, target == null ? null : target.path());
            return CsmbCli.OK;
        }
        Path written = target.write(solution, force, protectedFolders);
        out.println("Generated " + Words.count(solution.files().size(), "file") + " into " + written);
        List<String> steps = new ArrayList<>();
        steps.add(target.directory != null ? "Run `cd " + Shell.quote(written.toString()) + "`"
                : "Unzip " + Shell.quote(written.toString()) + " and go into the folder it creates");
        steps.addAll(solution.setupSteps());
        printNextSteps(out, steps);
        return CsmbCli.OK;
    }

    private BuildConfiguration configuration() {
        EngineHolder engines = root.engines();
        if (source.config != null) {
            return sessionSinkFlag.applyTo(settingFlags.applyTo(ConfigFiles.read(engines.codec(), source.config,
                    "--config")));
        }
        // Checked first: an unknown --platform is the one problem worth reporting, with the known ids.
        engines.platform(source.flags.platform, "platform");
        return sessionSinkFlag.applyTo(settingFlags.applyTo(engines.codec().toConfiguration(
                source.flags.draft())));
    }

    private static void printNextSteps(PrintWriter out, List<String> steps) {
        out.println();
        out.println("Next steps:");
        for (int i = 0; i < steps.size(); i++) {
            out.println("  " + (i + 1) + ". " + steps.get(i));
        }
    }
}
