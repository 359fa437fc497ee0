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
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Generates a terminal chat bot: the shared runtime plus a {@code node:readline} REPL as its platform adapter.
 * It needs no npm packages beyond the runtime's and no account or token; it supports every feature.
 */
@AutoService(PlatformGenerator.class)
public final class CliPlatformGenerator implements PlatformGenerator {

    static final String ID = "cli-interface";

    private static final PlatformDescriptor DESCRIPTOR = new PlatformDescriptor(ID, "CLI Tool", "Node readline",
            Complexity.BASIC, "1-2 hours", EnumSet.allOf(Feature.class),
            List.of(Priority.SESSION_MANAGEMENT, Priority.ERROR_HANDLING),
            "A terminal chat bot: a readline prompt with sessions you can list, resume and end, kept in memory"
                    + " or in SQLite.");

    /** What the platform adds to the runtime; package-private so tests can compare the project against it. */
    static final RuntimeSpec RUNTIME = RuntimeSpec.builder()
            .envVar(new EnvVar("CLI_USER", "local", "The name the terminal chat keeps your sessions under.",
                    false, false))
            .readmeTemplate("csmb/" + ID + "/readme-section.md")
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
    public Optional<RuntimeSpec> runtime(GenerationContext context) {
        return Optional.of(RUNTIME);
    }

    @Override
    public void generate(GenerationContext context) {
        context.render("src/platform/adapter.js");
        context.render("src/platform/config.js");
        context.renderLocales("platform");
        if (context.configuration().options().includeTests()) {
            context.render("test/platform/repl.test.js");
            context.render("test/platform/piped.test.js");
            if (context.has(Priority.ERROR_HANDLING)) {
                context.render("test/platform/shutdown.test.js");
            }
        }
    }
}
