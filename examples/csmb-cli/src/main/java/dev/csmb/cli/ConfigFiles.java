package dev.csmb.cli;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.InvalidInputException;
import dev.csmb.api.Violation;
import dev.csmb.engine.codec.ConfigurationCodec;
import dev.csmb.engine.escape.MessageText;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads configuration files for {@code validate} and {@code generate --config}. */
final class ConfigFiles {

    private ConfigFiles() {
    }

    /**
     * Reads a JSON or YAML configuration.
     *
     * @param field how the command line names the file, for error messages
     * @throws InvalidInputException when the file is missing or is not a valid configuration
     */
    static BuildConfiguration read(ConfigurationCodec codec, Path file, String field) {
        Path absolute = file.toAbsolutePath().normalize();
        String shown = MessageText.printable(absolute.toString());
        if (!Files.exists(absolute)) {
            throw new InvalidInputException(Violation.error(field, "file-not-found", "no such file: " + shown));
        }
        if (!Files.isRegularFile(absolute)) {
            throw new InvalidInputException(Violation.error(field, "not-a-file", "not a file: " + shown));
        }
        if (!Files.isReadable(absolute)) {
            throw new InvalidInputException(Violation.error(field, "not-readable", "cannot read " + shown));
        }
        return codec.read(absolute);
    }
}
