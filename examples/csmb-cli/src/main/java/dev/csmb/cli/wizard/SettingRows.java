package dev.csmb.cli.wizard;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.api.PlatformSetting;
import java.util.List;
import java.util.Optional;

/**
 * The rows of the platform's settings (step 2) and of the session sink (step 4): one cycling row per setting, its
 * description listing every value with its own description (one line each), and the value the configuration has or
 * the default.
 */
final class SettingRows {

    /** Row keys of settings start with this, then the setting's name: the engine's field path for it. */
    static final String PREFIX = "settings.";
    static final String SESSION_SINK = "sessionSink";

    private SettingRows() {
    }

    /** One row per setting of the platform, in the descriptor's order. */
    static List<Row> rows(PlatformDescriptor platform, BuildConfiguration c) {
        return platform.settings().stream().map(s -> Row.field(Row.Kind.CYCLE, PREFIX + s.name(), s.name(),
                value(c, s), describe(s))).toList();
    }

    /** The value chosen for the setting, else its default. */
    static String value(BuildConfiguration c, PlatformSetting setting) {
        return c.settings().getOrDefault(setting.name(), setting.defaultValue());
    }

    private static String describe(PlatformSetting s) {
        StringBuilder b = new StringBuilder(s.description());
        for (PlatformSetting.Value v : s.values()) {
            b.append("\n  ").append(v.id()).append(v.id().equals(s.defaultValue()) ? " (default)" : "").append(": ")
                    .append(v.description());
        }
        return b.toString();
    }

    /** The configuration with the setting behind this row key moved one value on (or back), wrapping around. */
    static Optional<BuildConfiguration> cycle(PlatformDescriptor platform, BuildConfiguration c, String key,
                                              boolean forward) {
        if (!key.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String name = key.substring(PREFIX.length());
        return platform.settings().stream().filter(s -> s.name().equals(name)).findFirst().map(s -> {
            List<String> ids = s.valueIds();
            int i = Math.max(0, ids.indexOf(value(c, s))) + (forward ? 1 : ids.size() - 1);
            return Answers.setting(c, name, ids.get(i % ids.size()));
        });
    }

    /** The session sink's row, for the team-and-project step. */
    static Row sink(BuildConfiguration c) {
        return Row.field(Row.Kind.CYCLE, SESSION_SINK, "Session sink", c.sessionSink().label(),
                "Left/Right to change; the bot also writes one row per session to Notion or Airtable (or nowhere)");
    }

    /** "mode webhook, public-url on" style summary for the review; "(none)" when the platform has no settings. */
    static String summary(PlatformDescriptor platform, BuildConfiguration c) {
        List<String> parts = platform.settings().stream().map(s -> s.name() + " " + value(c, s)).toList();
        return parts.isEmpty() ? "(none)" : String.join(", ", parts);
    }
}
