package dev.csmb.cli;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.integrations.notion.NotionIds;
import dev.csmb.integrations.notion.NotionProvisioner;
import dev.csmb.integrations.schema.SessionSchema;
import dev.csmb.integrations.schema.SessionSchemas;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code csmb provision notion}: the "Chat Sessions" database under a Notion page. */
@Command(name = "notion", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Creates the \"Chat Sessions\" database under a Notion page, with a sample row; on an existing "
                + "one, adds the properties it lacks.",
                "The token comes from NOTION_TOKEN (an internal integration secret); share the page with the "
                        + "integration first."},
        footer = {"", "Examples:",
                "  csmb provision notion --config bot.yaml --parent-page 1f2e3d4c5b6a79881f2e3d4c5b6a7988",
                "  csmb provision notion --config bot.yaml --parent-page <page URL> --dry-run",
                "  csmb provision notion --config bot.yaml --parent-page <id> --check"})
final class ProvisionNotionCommand implements Callable<Integer> {

    /** Points the command at another server (a fake one in tests). */
    static final String BASE_URL = "CSMB_NOTION_BASE_URL";

    @Spec
    private CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", required = true, order = 0,
            description = "The bot's configuration file: JSON (.json) or YAML (.yaml, .yml).")
    Path config;

    @Option(names = "--parent-page", paramLabel = "ID", required = true, order = 1,
            description = "The page to hold the database: its id or its URL.")
    String parentPage;

    @Option(names = "--dry-run", order = 2, description = "Print the schema and request; send nothing, no token needed.")
    boolean dryRun;

    @Option(names = "--check", order = 3, description = "Only report how the existing database differs; change nothing.")
    boolean check;

    @Override
    public Integer call() {
        if (dryRun && check) {
            throw new ParameterException(spec.commandLine(), "--dry-run and --check cannot be combined");
        }
        CsmbCli root = spec.commandLine().getParent().getParent().getCommand();
        String page = NotionIds.parse(parentPage, "--parent-page");
        BuildConfiguration configuration = ProvisionSupport.configuration(root, config);
        SessionSchema schema = SessionSchemas.forConfiguration(configuration);
        String what = "Notion database \"" + schema.tableName() + "\"";
        if (dryRun) {
            ProvisionSupport.printPlan(spec.commandLine().getOut(), what + " under page " + page, schema,
                    "POST /v1/databases", NotionProvisioner.plan(page, schema));
            return CsmbCli.OK;
        }
        NotionProvisioner notion = new NotionProvisioner(ProvisionSupport.token(root.environment(), "NOTION_TOKEN", "Notion"),
                ProvisionSupport.settings(NotionProvisioner.defaultSettings(), root.environment(), BASE_URL));
        if (check) {
            return ProvisionSupport.printCheck(spec.commandLine().getOut(), what, "under page " + page,
                    notion.check(page, schema));
        }
        ProvisionSupport.printResult(spec.commandLine(), what, notion.provision(page, schema));
        return CsmbCli.OK;
    }
}
