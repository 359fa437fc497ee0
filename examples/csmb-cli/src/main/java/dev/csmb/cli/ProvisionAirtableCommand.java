package dev.csmb.cli;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.integrations.airtable.AirtableIds;
import dev.csmb.integrations.airtable.AirtableProvisioner;
import dev.csmb.integrations.schema.SessionSchema;
import dev.csmb.integrations.schema.SessionSchemas;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code csmb provision airtable}: the "Chat Sessions" table in a base, or a new base in a workspace. */
@Command(name = "airtable", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Creates the \"Chat Sessions\" table in an Airtable base (or a new base in a workspace), with "
                + "a sample record; on an existing table, adds the fields it lacks.",
                "The token comes from AIRTABLE_TOKEN (a personal access token with schema.bases:read, "
                        + "schema.bases:write and data.records:write)."},
        footer = {"", "Examples:",
                "  csmb provision airtable --config bot.yaml --base appXXXXXXXXXXXXXX",
                "  csmb provision airtable --config bot.yaml --workspace wspXXXXXXXXXXXXXX",
                "  csmb provision airtable --config bot.yaml --base appXXXXXXXXXXXXXX --check"})
final class ProvisionAirtableCommand implements Callable<Integer> {

    /** Points the command at another server (a fake one in tests). */
    static final String BASE_URL = "CSMB_AIRTABLE_BASE_URL";

    @Spec
    private CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", required = true, order = 0,
            description = "The bot's configuration file: JSON (.json) or YAML (.yaml, .yml).")
    Path config;

    @ArgGroup(exclusive = true, multiplicity = "1", order = 1, heading = "%nWhere: an existing base or a workspace%n")
    Target target;

    @Option(names = "--dry-run", order = 3, description = "Print the schema and request; send nothing, no token needed.")
    boolean dryRun;

    @Option(names = "--check", order = 4, description = "Only report how the existing table differs (needs --base).")
    boolean check;

    /** Either a base to add the table to, or a workspace to create a base in. */
    static final class Target {
        @Option(names = "--base", paramLabel = "ID", description = "The base to hold the table (app…).")
        String base;

        @Option(names = "--workspace", paramLabel = "ID", description = "Create a new base, named after the project, "
                + "in this workspace (wsp…).")
        String workspace;
    }

    @Override
    public Integer call() {
        if (dryRun && check) {
            throw new ParameterException(spec.commandLine(), "--dry-run and --check cannot be combined");
        }
        if (check && target.base == null) {
            throw new ParameterException(spec.commandLine(), "--check needs --base: a new base has nothing to check");
        }
        CsmbCli root = spec.commandLine().getParent().getParent().getCommand();
        String base = target.base == null ? null : AirtableIds.base(target.base, "--base");
        String workspace = target.workspace == null ? null : AirtableIds.workspace(target.workspace, "--workspace");
        BuildConfiguration configuration = ProvisionSupport.configuration(root, config);
        SessionSchema schema = SessionSchemas.forConfiguration(configuration);
        String what = "Airtable table \"" + schema.tableName() + "\"";
        if (dryRun) {
            if (base != null) {
                ProvisionSupport.printPlan(spec.commandLine().getOut(), what + " in base " + base, schema,
                        "POST /v0/meta/bases/" + base + "/tables", AirtableProvisioner.planTable(schema));
            } else {
                ProvisionSupport.printPlan(spec.commandLine().getOut(), what + " in a new base \""
                        + configuration.projectName() + "\" in workspace " + workspace, schema, "POST /v0/meta/bases",
                        AirtableProvisioner.planBase(workspace, configuration.projectName(), schema));
            }
            return CsmbCli.OK;
        }
        AirtableProvisioner airtable = new AirtableProvisioner(
                ProvisionSupport.token(root.environment(), "AIRTABLE_TOKEN", "Airtable"),
                ProvisionSupport.settings(AirtableProvisioner.defaultSettings(), root.environment(), BASE_URL));
        if (check) {
            return ProvisionSupport.printCheck(spec.commandLine().getOut(), what, "in base " + base,
                    airtable.check(base, schema));
        }
        ProvisionSupport.printResult(spec.commandLine(), what, base != null ? airtable.provisionInBase(base, schema)
                : airtable.provisionInWorkspace(workspace, configuration.projectName(), schema));
        return CsmbCli.OK;
    }
}
