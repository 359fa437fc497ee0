package dev.csmb.server.engine;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.InvalidInputException;
import dev.csmb.api.ValidationResult;
import dev.csmb.engine.CsmbEngine;
import dev.csmb.engine.codec.ConfigurationCodec;
import dev.csmb.engine.codec.ConfigurationFormat;
import org.springframework.stereotype.Component;

/**
 * Turns request bodies into configurations with the engine's own codec, so the API accepts exactly what a
 * {@code csmb.json} file holds and reports problems with the same fields, codes and messages as the CLI.
 */
@Component
public class Configurations {

    private final CsmbEngine engine;
    private final ConfigurationCodec codec;

    Configurations(CsmbEngine engine, ConfigurationCodec codec) {
        this.engine = engine;
        this.codec = codec;
    }

    /**
     * Reads a JSON configuration.
     *
     * @throws InvalidInputException for syntax, unknown fields or ids, wrong types, too large a text
     */
    public BuildConfiguration read(String json) {
        return codec.read(json == null ? "" : json, ConfigurationFormat.JSON);
    }

    /** Reads and validates; problems of either kind come back as values. */
    public ValidationResult validate(String json) {
        try {
            return engine.validate(read(json));
        } catch (InvalidInputException e) {
            return e.result();
        }
    }

    /**
     * Reads and validates.
     *
     * @throws InvalidInputException when the configuration cannot be read or is invalid
     */
    public BuildConfiguration readValid(String json) {
        BuildConfiguration configuration = read(json);
        ValidationResult result = engine.validate(configuration);
        if (!result.isValid()) {
            throw new InvalidInputException(result);
        }
        return configuration;
    }

    /** The configuration as the JSON a {@code csmb.json} file holds. */
    public String write(BuildConfiguration configuration) {
        return codec.write(configuration, ConfigurationFormat.JSON);
    }
}
