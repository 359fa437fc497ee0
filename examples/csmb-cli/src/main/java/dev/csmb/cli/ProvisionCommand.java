package dev.csmb.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code csmb provision}: creates (or checks) the "Chat Sessions" table a generated bot writes its sessions into,
 * in Notion or Airtable. Tokens come from the environment only, never from flags, and are never printed.
 */
@Command(name = "provision", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Creates or checks the \"Chat Sessions\" table in Notion or Airtable for a configuration.",
        subcommands = {ProvisionNotionCommand.class, ProvisionAirtableCommand.class},
        footer = {"", "Exit codes: 0 success (or in sync), 2 invalid input (bad ids, missing token, refused by the "
                + "service: 4xx), 1 service or network failure, 3 drift found by --check."})
final class ProvisionCommand implements Callable<Integer> {

    /** The exit code of {@code --check} when the table is missing or differs from the configuration. */
    static final int DRIFT = 3;

    @Spec
    private CommandSpec spec;

    /** {@code csmb provision} alone shows its subcommands, on the error stream because nothing ran. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CsmbCli.INVALID_INPUT;
    }
}
