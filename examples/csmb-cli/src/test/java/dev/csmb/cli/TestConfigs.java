package dev.csmb.cli;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.api.Priority;
import dev.csmb.engine.CsmbEngine;
import dev.csmb.engine.codec.ConfigurationCodec;
import dev.csmb.engine.codec.ConfigurationFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Configuration files for tests, written by the real codec so they follow its format. */
final class TestConfigs {

    static final String PLATFORM = "cli-interface";

    private TestConfigs() {
    }

    private static final CsmbEngine ENGINE = CsmbEngine.builder().build();

    /** The cli-interface descriptor as the engine reports it; tests compare output with it, not with copies. */
    static PlatformDescriptor platform() {
        return ENGINE.platform(PLATFORM).orElseThrow(() -> new AssertionError(PLATFORM + " not discovered"));
    }

    /** A configuration the cli-interface platform accepts. */
    static BuildConfiguration valid() {
        return BuildConfiguration.builder(PLATFORM)
                .priorities(Priority.SESSION_MANAGEMENT, Priority.ERROR_HANDLING)
                .projectName("my-bot")
                .description("A terminal bot used to test the csmb command line.")
                .build();
    }

    /** Writes the configuration as JSON or YAML, chosen by the file name's extension. */
    static Path write(Path file, BuildConfiguration configuration) {
        ConfigurationFormat format = file.toString().endsWith(".json") ? ConfigurationFormat.JSON
                : ConfigurationFormat.YAML;
        return text(file, new ConfigurationCodec(ENGINE::platform).write(configuration, format));
    }

    static Path text(Path file, String text) {
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
