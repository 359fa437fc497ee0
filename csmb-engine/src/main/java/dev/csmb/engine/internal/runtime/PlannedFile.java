package dev.csmb.engine.internal.runtime;

import dev.csmb.api.Internal;
import java.util.Objects;

/**
 * One runtime file to generate.
 *
 * @param template   the template, relative to {@code csmb/runtime/}, e.g. {@code "src/core/sessions.js.hbs"}
 * @param path       the project-relative output path, e.g. {@code "src/core/sessions.js"}
 * @param executable whether the file gets the executable bit
 */
@Internal
public record PlannedFile(String template, String path, boolean executable) {

    public PlannedFile {
        Objects.requireNonNull(template, "template must not be null");
        Objects.requireNonNull(path, "path must not be null");
    }

    /** A non-executable file whose template is {@code path + ".hbs"}. */
    public static PlannedFile of(String path) {
        return new PlannedFile(path + ".hbs", path, false);
    }
}
