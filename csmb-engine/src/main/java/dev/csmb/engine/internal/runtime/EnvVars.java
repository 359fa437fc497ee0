package dev.csmb.engine.internal.runtime;

import dev.csmb.api.Internal;
import dev.csmb.spi.EnvVar;

/** Shorthands for declaring a module's variables. */
@Internal
public final class EnvVars {

    private EnvVars() {
    }

    /** A variable with a default ({@code example}) that is neither required nor secret. */
    public static EnvVar optional(String name, String example, String comment) {
        return new EnvVar(name, example, comment, false, false);
    }

    /** A value the bot cannot start without that is not secret (an id); {@code .env.example} shows it empty. */
    public static EnvVar required(String name, String comment) {
        return new EnvVar(name, "", comment, true, false);
    }

    /** A secret the bot cannot start without; {@code .env.example} shows it empty. */
    public static EnvVar requiredSecret(String name, String comment) {
        return new EnvVar(name, "", comment, true, true);
    }
}
