package dev.csmb.engine.internal.discovery;

import dev.csmb.api.PlatformDescriptor;
import dev.csmb.engine.escape.MessageText;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a plugin's descriptor must look like before the engine uses it. Its text reaches messages, tables and
 * generated READMEs, so it is checked like the id: a bounded length and no control, format (bidi) or line
 * separator characters.
 */
final class DescriptorRules {

    private static final Pattern PLATFORM_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,49}");
    private static final int MAX_NAME = 60;
    private static final int MAX_SUMMARY = 500;

    private DescriptorRules() {
    }

    /** What is wrong with {@code descriptor}, as the end of a sentence starting with the class name. */
    static Optional<String> problem(PlatformDescriptor descriptor) {
        if (descriptor == null) {
            return Optional.of("returned no descriptor (null)");
        }
        if (!PLATFORM_ID.matcher(descriptor.id()).matches()) {
            return Optional.of("declares an invalid platform id " + MessageText.name(descriptor.id())
                    + "; ids are 1-50 characters: lower-case ASCII letters, digits and '-', starting with a letter "
                    + "or digit");
        }
        return text("displayName", descriptor.displayName(), MAX_NAME)
                .or(() -> text("library", descriptor.library(), MAX_NAME))
                .or(() -> text("estimatedTime", descriptor.estimatedTime(), MAX_NAME))
                .or(() -> text("summary", descriptor.summary(), MAX_SUMMARY));
    }

    private static Optional<String> text(String field, String value, int max) {
        if (value.isBlank()) {
            return Optional.of("declares a blank " + field + "; every descriptor text must say something");
        }
        if (value.codePointCount(0, value.length()) > max) {
            return Optional.of("declares a " + field + " longer than " + max + " characters");
        }
        if (!MessageText.printable(value).equals(value)) {
            return Optional.of("declares a " + field + " with control or invisible characters ("
                    + MessageText.name(value) + "); descriptor text is one line of visible characters");
        }
        return Optional.empty();
    }
}
