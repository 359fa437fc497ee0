package dev.csmb.engine.internal.discovery;

import dev.csmb.api.PlatformDescriptor;
import dev.csmb.engine.escape.MessageText;
import dev.csmb.spi.PlatformGenerator;
import java.security.CodeSource;

/**
 * A generator that passed its checks, with its descriptor (asked for once) and how it came to the engine.
 *
 * @param explicit whether the application added it with {@code CsmbEngine.Builder.generator}
 */
record Provider(PlatformGenerator generator, PlatformDescriptor descriptor, boolean explicit) {

    /** The package of csmb's own platform modules. */
    static final String BUILT_IN_PACKAGE = "dev.csmb.platform.";

    /** Added explicitly beats built-in beats a discovered plugin; lower wins. */
    int rank() {
        return explicit ? 0 : isBuiltIn() ? 1 : 2;
    }

    boolean isBuiltIn() {
        return generator.getClass().getName().startsWith(BUILT_IN_PACKAGE);
    }

    String className() {
        return generator.getClass().getName();
    }

    /** The class name, what kind of provider it is and where it was loaded from, for messages. */
    String describe() {
        String kind = explicit ? "added by the application" : isBuiltIn() ? "built in" : "plugin";
        String location = location();
        return className() + " (" + kind + (location.isEmpty() ? "" : ", from " + location) + ")";
    }

    /** The jar or folder the class came from, or nothing when the JVM does not say. */
    private String location() {
        try {
            CodeSource source = generator.getClass().getProtectionDomain().getCodeSource();
            return source == null || source.getLocation() == null ? ""
                    : MessageText.printable(source.getLocation().toString());
        } catch (SecurityException e) {
            return "";
        }
    }
}
