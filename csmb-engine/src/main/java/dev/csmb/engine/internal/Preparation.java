package dev.csmb.engine.internal;

import dev.csmb.api.Internal;
import dev.csmb.engine.internal.render.TemplateRenderer;
import dev.csmb.engine.internal.validation.ConfigurationValidator;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one-time set-up of a JVM's first {@code validate} and {@code generate}, started early on a thread of its own:
 * Hibernate Validator's bootstrap, then the template parser's first compilation. Each part is also done on demand
 * by whatever needs it first, so this only moves the work to another core; it never decides an outcome.
 */
@Internal
public final class Preparation {

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private Preparation() {
    }

    /** Starts the set-up on a daemon thread and returns at once; at most one such thread per JVM. */
    public static void startInBackground() {
        if (STARTED.compareAndSet(false, true)) {
            Thread thread = new Thread(Preparation::prepare, "csmb-preparation");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private static void prepare() {
        ConfigurationValidator.prepare();
        TemplateRenderer.prepareParser();
    }
}
