package com.example.csmb.pipe;

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
 * Generates a bot for shell scripts and other programs: it reads one message per line on stdin (a JSON object
 * {@code {"userId", "text"}} or plain text) and writes one JSON line per message on stdout with the replies. It needs
 * no npm package beyond the runtime's and no account; it supports every feature.
 */
@AutoService(PlatformGenerator.class)
public final class PipePlatformGenerator implements PlatformGenerator {

    static final String ID = "jsonl-pipe";

    private static final PlatformDescriptor DESCRIPTOR = new PlatformDescriptor(ID, "JSON Lines pipe",
            "Node readline", Complexity.BASIC, "1 hour", EnumSet.allOf(Feature.class),
            List.of(Priority.SESSION_MANAGEMENT, Priority.ERROR_HANDLING),
            "A bot for scripts: one JSON message per line on stdin, one JSON line of replies per message on stdout.");

    /** What the platform adds to the runtime: the user of plain-text lines and its README section. */
    static final RuntimeSpec RUNTIME = RuntimeSpec.builder()
            .envVar(new EnvVar("PIPE_USER", "pipe", "The user a plain-text line (not a JSON object) is sent as.",
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
            context.render("test/platform/pipe.test.js");
        }
    }
}
