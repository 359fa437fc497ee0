package dev.csmb.platform.cli;

import com.google.auto.service.AutoService;
import dev.csmb.api.Complexity;
import dev.csmb.api.Feature;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.api.Priority;
import dev.csmb.spi.EnvVar;
import dev.csmb.spi.GenerationContext;
import dev.csmb.spi.PlatformGenerator;
import dev.csmb.spi.RuntimeSpec;
import java.util.List;
import java.util.Set;

/**
 * Generates a terminal chat bot: the shared runtime plus a {@code node:readline} REPL as its platform adapter.
 * It needs no npm packages beyond the runtime's and no account or token.
 *
 * <p>Supported features: each one the generated code implements for the terminal, and nothing else.
 */
@AutoService(PlatformGenerator.class)
public final class CliPlatformGenerator implements PlatformGenerator {

    static final String ID = "cli-interface";
    private static final String TEMPLATES = "csmb/" + ID + "/";

    private static final PlatformDescriptor DESCRIPTOR = new PlatformDescriptor(ID, "CLI Tool", "Node readline",
            Complexity.BASIC, "1-2 hours", Set.of(
                    Feature.CONVERSATION_BRANCHING,
                    Feature.CONTEXT_AWARENESS,
                    Feature.MULTI_LANGUAGE,
                    Feature.FILE_ATTACHMENTS,
                    Feature.CUSTOM_COMMANDS,
                    Feature.WEBHOOKS,
                    Feature.AI_INTEGRATION,
                    Feature.BACKUP_RESTORE),
            List.of(Priority.SESSION_MANAGEMENT, Priority.ERROR_HANDLING),
            "A terminal chat bot: a readline prompt with sessions you can list, resume and end, kept in memory"
                    + " or in SQLite.");

    /** What the platform adds to the runtime; package-private so tests can compare the project against it. */
    static final RuntimeSpec RUNTIME = RuntimeSpec.builder()
            .envVar(new EnvVar("CLI_USER", "local", "The name the terminal chat keeps your sessions under.",
                    false, false))
            .readmeTemplate(TEMPLATES + "readme-section.md.hbs")
            .build();

    @Override
    public int spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public PlatformDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void generate(GenerationContext context) {
        context.addRuntime(RUNTIME);
        render(context, "src/platform/adapter.js");
        render(context, "src/platform/config.js");
        render(context, "locales/platform.en.json");
        if (context.has(Feature.MULTI_LANGUAGE)) {
            render(context, "locales/platform.es.json");
            render(context, "locales/platform.de.json");
        }
        if (context.configuration().options().includeTests()) {
            render(context, "test/platform/repl.test.js");
            render(context, "test/platform/piped.test.js");
            if (context.configuration().priorities().contains(Priority.ERROR_HANDLING)) {
                render(context, "test/platform/shutdown.test.js");
            }
        }
    }

    private static void render(GenerationContext context, String path) {
        context.render(TEMPLATES + path + ".hbs", path);
    }
}
