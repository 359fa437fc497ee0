package dev.csmb.cli;

import dev.csmb.api.PlatformDescriptor;
import dev.csmb.engine.CsmbEngine;
import dev.csmb.engine.DiscoveryProblem;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code csmb platforms}: the platforms this installation can generate, as a table or as JSON. */
@Command(name = "platforms", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lists the platforms csmb can generate projects for.")
final class PlatformsCommand implements Callable<Integer> {

    @ParentCommand
    private CsmbCli root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        CsmbEngine engine = root.engines().engine();
        reportDiscoveryProblems(engine.discoveryProblems());
        List<PlatformDescriptor> platforms = engine.platforms();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(PlatformJson.array(platforms));
        } else if (platforms.isEmpty()) {
            out.println("No platforms are installed; add a csmb-platform-* module to the class path.");
        } else {
            out.print(PlatformTable.render(platforms, spec.commandLine().getColorScheme().ansi()));
        }
        return CsmbCli.OK;
    }

    /** A broken plugin does not stop the listing, but the user should know why a platform is missing. */
    private void reportDiscoveryProblems(List<DiscoveryProblem> problems) {
        Diagnostics.of(spec.commandLine()).discoveryProblems(problems);
    }
}
