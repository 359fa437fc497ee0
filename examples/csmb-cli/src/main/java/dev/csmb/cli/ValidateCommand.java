package dev.csmb.cli;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.ValidationResult;
import dev.csmb.engine.escape.MessageText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code csmb validate FILE}: reads a configuration and checks it without generating anything. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Checks a JSON or YAML build configuration.",
                "Prints each error and warning as `field: message [code]`; exits 0 when the configuration "
                        + "can be generated (warnings allowed), 2 when it cannot."})
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    private CsmbCli root;

    @Spec
    private CommandSpec spec;

    @Mixin
    SettingFlags settingFlags;

    @Mixin
    SessionSinkFlag sessionSinkFlag;

    @Parameters(paramLabel = "FILE", description = "A configuration file: .json, .yaml or .yml.")
    Path file;

    @Override
    public Integer call() {
        BuildConfiguration configuration = sessionSinkFlag.applyTo(settingFlags.applyTo(
                ConfigFiles.read(root.engines().codec(), file, "FILE")));
        ValidationResult result = root.engines().engine().validate(configuration);
        Diagnostics.of(spec.commandLine()).violations(result.violations());
        PrintWriter out = spec.commandLine().getOut();
        String where = MessageText.printable(file.toAbsolutePath().normalize().toString());
        if (!result.isValid()) {
            out.println(where + ": invalid (" + Words.count(result.errors().size(), "error")
                    + countSuffix(result.warnings().size()) + ")");
            return CsmbCli.INVALID_INPUT;
        }
        out.println(where + ": valid (" + configuration.platform() + ", '" + configuration.projectName() + "'"
                + countSuffix(result.warnings().size()) + ")");
        return CsmbCli.OK;
    }

    private static String countSuffix(int warnings) {
        return warnings == 0 ? "" : ", " + Words.count(warnings, "warning");
    }
}
