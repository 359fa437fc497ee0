package dev.csmb.engine.internal.discovery;

import dev.csmb.api.PlatformDescriptor;
import dev.csmb.api.PlatformSetting;
import dev.csmb.engine.escape.MessageText;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
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
    /** Setting names and values: wire ids like the catalog's, so they need no quoting in YAML or on a command line. */
    private static final Pattern SETTING_ID = Pattern.compile("(?=.{1,30}$)[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final int MAX_SETTING_TEXT = 200;

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
                .or(() -> text("summary", descriptor.summary(), MAX_SUMMARY))
                .or(() -> settings(descriptor));
    }

    private static Optional<String> settings(PlatformDescriptor descriptor) {
        Set<String> names = new HashSet<>();
        for (PlatformSetting setting : descriptor.settings()) {
            String name = setting.name();
            if (!SETTING_ID.matcher(name).matches()) {
                return Optional.of("declares a setting with the invalid name " + MessageText.name(name) + "; "
                        + SETTING_RULE);
            }
            if (!names.add(name)) {
                return Optional.of("declares the setting '" + name + "' twice");
            }
            Optional<String> problem = text("description of setting '" + name + "'", setting.description(),
                    MAX_SETTING_TEXT);
            for (PlatformSetting.Value value : setting.values()) {
                if (problem.isPresent()) {
                    return problem;
                }
                if (!SETTING_ID.matcher(value.id()).matches()) {
                    return Optional.of("declares the setting '" + name + "' with the invalid value "
                            + MessageText.name(value.id()) + "; " + SETTING_RULE);
                }
                problem = text("description of value '" + value.id() + "' of setting '" + name + "'",
                        value.description(), MAX_SETTING_TEXT);
            }
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static final String SETTING_RULE = "setting names and values are 1-30 characters: lower-case ASCII "
            + "letters and digits in words joined by single '-', starting with a letter";

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
