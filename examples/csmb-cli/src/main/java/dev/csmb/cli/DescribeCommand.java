package dev.csmb.cli;

import dev.csmb.api.CatalogId;
import dev.csmb.api.Feature;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.api.PlatformSetting;
import dev.csmb.api.SessionSink;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code csmb describe ID}: everything csmb knows about one platform, and how to generate for it. */
@Command(name = "describe", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Shows a platform's library, complexity, estimated time, features and default priorities.")
final class DescribeCommand implements Callable<Integer> {

    @ParentCommand
    private CsmbCli root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The platform id, as `csmb platforms` lists it.")
    String id;

    @Option(names = "--json", description = "Print a JSON object instead of text.")
    boolean json;

    @Override
    public Integer call() {
        PlatformDescriptor platform = root.engines().platform(id, "");
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(PlatformJson.object(platform));
            return CsmbCli.OK;
        }
        out.println(PlatformTable.bold(spec.commandLine().getColorScheme().ansi(), platform.displayName())
                + " (" + platform.id() + ")");
        if (!platform.summary().isBlank()) {
            out.println(platform.summary());
        }
        out.println();
        row(out, "Library", platform.library());
        row(out, "Complexity", platform.complexity().id());
        row(out, "Estimated time", platform.estimatedTime());
        row(out, "Features", PlatformTable.ids(platform.supportedFeatures()));
        row(out, "Not supported", PlatformTable.ids(Arrays.stream(Feature.values())
                .filter(f -> !platform.supports(f)).collect(Collectors.toList())));
        row(out, "Default priorities", PlatformTable.ids(platform.defaultPriorities()));
        row(out, "Settings", platform.settings().isEmpty() ? "-" : platform.settings().stream()
                .map(PlatformSetting::name).collect(Collectors.joining(", ")));
        platform.settings().forEach(setting -> printSetting(out, setting));
        // Every platform writes to a session sink through the shared runtime, so the choice is not a platform setting.
        row(out, "Session sinks", String.join(", ", CatalogId.ids(SessionSink.class))
                + " (--session-sink; default none)");
        out.println();
        out.println("Generate a project:");
        out.println("  csmb generate --platform " + platform.id() + " --name \"My Bot\" --out my-bot"
                + platform.settings().stream().findFirst().map(DescribeCommand::example).orElse(""));
        return CsmbCli.OK;
    }

    /** A setting, its description, then each allowed value with its own, the default marked. */
    private static void printSetting(PrintWriter out, PlatformSetting setting) {
        out.println();
        out.println("  Setting " + setting.name() + ": " + setting.description());
        int width = setting.values().stream().mapToInt(v -> label(setting, v).length()).max().orElse(0);
        for (PlatformSetting.Value value : setting.values()) {
            out.printf("    %-" + width + "s  %s%n", label(setting, value), value.description());
        }
    }

    private static String label(PlatformSetting setting, PlatformSetting.Value value) {
        return value.id() + (value.id().equals(setting.defaultValue()) ? " (default)" : "");
    }

    /** {@code  --setting mode=webhook}: the first value that is not the default, to show the flag's form. */
    private static String example(PlatformSetting setting) {
        return setting.values().stream().map(PlatformSetting.Value::id).filter(v -> !v.equals(setting.defaultValue()))
                .findFirst().map(v -> " --setting " + setting.name() + "=" + v).orElse("");
    }

    private static void row(PrintWriter out, String label, String value) {
        out.printf("  %-20s%s%n", label, value);
    }
}
