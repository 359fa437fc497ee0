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
 * <p>Supported features: those the generated code implements, listed in the descriptor; a feature is claimed here
 * once it does.
 */
@AutoService(PlatformGenerator.class)
public final class CliPlatformGenerator implements PlatformGenerator {

    static final String ID = "cli-interface";
    private static final String TEMPLATES = "csmb/" + ID + "/";

    private static final PlatformDescriptor DESCRIPTOR = new PlatformDescriptor(ID, "CLI Tool", "Node readline",
            Complexity.BASIC, "1-2 hours", Set.of(Feature.FILE_ATTACHMENTS, Feature.AI_INTEGRATION, Feature.WEBHOOKS,
            Feature.BACKUP_RESTORE), List.of(Priority.SESSION_MANAGEMENT, Priority.ERROR_HANDLING),
            "A terminal chat bot: a readline prompt with sessions you can list, resume and end, kept in memory"
                    + " or in SQLite.");

    private static final RuntimeSpec RUNTIME = RuntimeSpec.builder()
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
        if (context.configuration().options().includeTests()) {
            render(context, "test/platform/repl.test.js");
        }
    }

    private static void render(GenerationContext context, String path) {
        context.render(TEMPLATES + path + ".hbs", path);
    }
}
