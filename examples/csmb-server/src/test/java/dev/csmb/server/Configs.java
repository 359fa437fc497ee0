package dev.csmb.server;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.Feature;
import dev.csmb.api.Priority;
import dev.csmb.engine.CsmbEngine;
import dev.csmb.engine.codec.ConfigurationCodec;
import dev.csmb.engine.codec.ConfigurationFormat;

/** Configurations for tests, written as JSON by the engine's own codec (what a {@code csmb.json} holds). */
public final class Configs {

    public static final CsmbEngine ENGINE = CsmbEngine.builder().build();
    public static final ConfigurationCodec CODEC = new ConfigurationCodec(ENGINE::platform);

    private Configs() {
    }

    public static BuildConfiguration valid() {
        return BuildConfiguration.builder("cli-interface")
                .priorities(Priority.SESSION_MANAGEMENT, Priority.ERROR_HANDLING)
                .features(Feature.CUSTOM_COMMANDS)
                .projectName("My Web Bot")
                .description("A terminal bot generated through the csmb web service.")
                .build();
    }

    public static String json(BuildConfiguration configuration) {
        return CODEC.write(configuration, ConfigurationFormat.JSON);
    }

    public static String validJson() {
        return json(valid());
    }
}
