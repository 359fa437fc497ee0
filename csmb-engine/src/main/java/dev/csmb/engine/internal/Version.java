package dev.csmb.engine.internal;

import dev.csmb.api.Internal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The csmb version, from a resource Maven fills in at build time. */
@Internal
public final class Version {

    /** For example {@code "0.1.0"}. */
    public static final String CSMB = load();

    private Version() {
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/dev/csmb/engine/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
