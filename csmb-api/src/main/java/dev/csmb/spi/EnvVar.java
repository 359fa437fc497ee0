package dev.csmb.spi;

import dev.csmb.api.Stable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An environment variable the generated project reads.
 *
 * @param name     for example {@code "DISCORD_TOKEN"}; upper case letters, digits and underscores
 * @param example  the value shown in {@code .env.example}; never a real secret, may be empty
 * @param comment  one line saying what it is and where to get it
 * @param required whether the project refuses to start without it
 * @param secret   whether its value must never be logged
 */
@Stable
public record EnvVar(String name, String example, String comment, boolean required, boolean secret) {

    /** Compiled once: projects are generated many times in one JVM, and each declares its variables anew. */
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    public EnvVar {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(example, "example must not be null");
        Objects.requireNonNull(comment, "comment must not be null");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name must be upper case letters, digits and underscores: " + name);
        }
        if (example.contains("\n") || comment.contains("\n")) {
            throw new IllegalArgumentException("example and comment must be single lines: " + name);
        }
    }
}
