package dev.csmb.server.api;

import dev.csmb.api.PlatformSetting;
import java.util.List;

/**
 * A platform's generation-time setting, as the wizard draws it (a choice among allowed values).
 *
 * @param name        the setting's name, the key in the configuration
 * @param values      the allowed values
 * @param defaultValue the value used when none is chosen
 * @param description what the setting changes
 */
public record SettingView(String name, List<String> values, String defaultValue, String description) {

    static SettingView of(PlatformSetting setting) {
        return new SettingView(setting.name(), setting.values().stream().map(PlatformSetting.Value::id).toList(),
                setting.defaultValue(), setting.description());
    }
}
