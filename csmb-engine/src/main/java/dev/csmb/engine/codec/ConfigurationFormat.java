package dev.csmb.engine.codec;

import dev.csmb.api.Stable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats a configuration can be read from and written to, with their file extensions. */
@Stable
public enum ConfigurationFormat {
    JSON(List.of("json")),
    YAML(List.of("yaml", "yml"));

    private final List<String> extensions;

    ConfigurationFormat(List<String> extensions) {
        this.extensions = extensions;
    }

    /** The file extensions of this format, without the dot, preferred first. */
    public List<String> extensions() {
        return extensions;
    }

    /** The format a file name's extension names, ignoring case: {@code bot.YML} is YAML. */
    public static Optional<ConfigurationFormat> fromFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (ConfigurationFormat format : values()) {
            if (format.extensions.contains(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
