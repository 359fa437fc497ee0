package dev.csmb.engine.internal.generate;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.GeneratedFile;
import dev.csmb.api.Internal;
import dev.csmb.engine.codec.ConfigurationCodec;
import dev.csmb.engine.codec.ConfigurationFormat;
import java.util.Optional;

/**
 * {@code csmb.json}: the configuration a project was generated from, in the codec's JSON form, added by the
 * engine to every generated project after the platform ran, so no plugin can forget it. Reading it back with
 * {@code csmb generate --config csmb.json} generates the same project byte for byte.
 */
@Internal
public final class ConfigurationFile {

    /** Where it goes in every generated project. */
    public static final String PATH = "csmb.json";

    /** Only writes; reading needs no platform lookup, so none is given. */
    private static final ConfigurationCodec CODEC = new ConfigurationCodec(id -> Optional.empty());

    private ConfigurationFile() {
    }

    /** The file for this configuration (with the platform's default priorities already applied). */
    public static GeneratedFile of(BuildConfiguration configuration) {
        return GeneratedFile.text(PATH, CODEC.write(configuration, ConfigurationFormat.JSON));
    }
}
