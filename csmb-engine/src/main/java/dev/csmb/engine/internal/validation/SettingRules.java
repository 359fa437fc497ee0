package dev.csmb.engine.internal.validation;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.Internal;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.api.PlatformSetting;
import dev.csmb.api.Violation;
import dev.csmb.engine.escape.MessageText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a configuration's platform settings against the settings the platform's descriptor declares: every name
 * must be declared ({@value #UNKNOWN_SETTING}) and every value allowed ({@value #UNKNOWN_SETTING_VALUE}). Each
 * problem is on field {@code settings.<name>} and lists what would be accepted.
 */
@Internal
public final class SettingRules {

    /** The code of a setting the platform does not declare. */
    public static final String UNKNOWN_SETTING = "unknown-setting";
    /** The code of a value the setting does not allow. */
    public static final String UNKNOWN_SETTING_VALUE = "unknown-setting-value";

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_-]+");

    private SettingRules() {
    }

    /** The violations of {@code configuration}'s settings, in name order; empty when all are declared and allowed. */
    public static List<Violation> violations(BuildConfiguration configuration, PlatformDescriptor descriptor) {
        List<Violation> violations = new ArrayList<>();
        for (Map.Entry<String, String> entry : configuration.settings().entrySet()) {
            String name = entry.getKey();
            String field = field(name);
            Optional<PlatformSetting> declared = descriptor.setting(name);
            if (declared.isEmpty()) {
                violations.add(Violation.error(field, UNKNOWN_SETTING, MessageText.name(name)
                        + " is not a setting of " + descriptor.id() + " ("
                        + (descriptor.settings().isEmpty() ? "it has none" : "its settings: " + names(descriptor))
                        + ")"));
            } else if (!declared.get().allows(entry.getValue())) {
                violations.add(Violation.error(field, UNKNOWN_SETTING_VALUE, MessageText.name(entry.getValue())
                        + " is not a value of " + name + " (allowed: "
                        + String.join(", ", declared.get().valueIds()) + ")"));
            }
        }
        return violations;
    }

    /** The field path of a setting: {@code settings.mode}; a name that is not a plain word is quoted and escaped. */
    public static String field(String name) {
        return "settings." + (PLAIN_NAME.matcher(name).matches() ? name : MessageText.quote(name));
    }

    /** The declared setting names, comma separated, or {@code none}. */
    public static String names(PlatformDescriptor descriptor) {
        return descriptor.settings().isEmpty() ? "none"
                : descriptor.settings().stream().map(PlatformSetting::name).collect(Collectors.joining(", "));
    }
}
