package dev.csmb.server.api;

import dev.csmb.api.PlatformSetting;
import java.util.List;

/**
 * A platform's generation-time setting, as the wizard draws it (a choice among allowed values).
 *
 * @param name         the setting's name, the key in the configuration
 * @param values       the allowed values, in the order the descriptor lists them, each with what choosing it means
 * @param defaultValue the value used when none is chosen
 * @param description  what the setting changes
 */
public record SettingView(String name, List<Value> values, String defaultValue, String description) {

    /**
     * One allowed value.
     *
     * @param id          the value, as the configuration names it
     * @param description what choosing it means
     */
    public record Value(String id, String description) {
    }

    static SettingView of(PlatformSetting setting) {
        return new SettingView(setting.name(), setting.values().stream()
                .map(v -> new Value(v.id(), v.description())).toList(), setting.defaultValue(), setting.description());
    }
}
