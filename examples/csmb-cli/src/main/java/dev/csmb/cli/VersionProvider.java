package dev.csmb.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version {@code csmb --version} prints: the shaded jar's {@code Implementation-Version}, else the
 * Maven-filtered {@code version.properties} (when run from classes, as in tests), else {@code dev}.
 */
final class VersionProvider implements IVersionProvider {

    static final String RESOURCE = "version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"csmb " + version(),
                "Java ${java.version} (${java.vendor}), ${os.name} ${os.arch}"};
    }

    /** The csmb version, never null. */
    static String version() {
        String fromManifest = CsmbCli.class.getPackage().getImplementationVersion();
        if (usable(fromManifest)) {
            return fromManifest;
        }
        String fromResource = fromResource();
        return usable(fromResource) ? fromResource : "dev";
    }

    private static String fromResource() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            return null; // a version is not worth failing for
        }
    }

    /** An unfiltered resource still holds the placeholder; treat it like no version. */
    private static boolean usable(String version) {
        return version != null && !version.isBlank() && !version.contains("${");
    }
}
