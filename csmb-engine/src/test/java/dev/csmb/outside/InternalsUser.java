package dev.csmb.outside;

import dev.csmb.engine.internal.model.Slugs;

/** Stands for a plugin class that reaches into the engine's internals; EngineBoundaryTests must catch it. */
public final class InternalsUser {

    private InternalsUser() {
    }

    /** Uses an internal class. */
    public static String name() {
        return Slugs.class.getSimpleName();
    }
}
