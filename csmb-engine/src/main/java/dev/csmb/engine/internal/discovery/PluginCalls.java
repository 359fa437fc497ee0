package dev.csmb.engine.internal.discovery;

import dev.csmb.api.CsmbException;
import dev.csmb.api.DefinitionException;
import dev.csmb.api.Internal;
import dev.csmb.engine.escape.MessageText;
import dev.csmb.spi.PlatformGenerator;
import java.util.function.Supplier;

/**
 * Calls into a plugin. Whatever a plugin throws — a bug ({@link RuntimeException}), a version mismatch
 * ({@link NoSuchMethodError}, {@link NoClassDefFoundError}), runaway recursion ({@link StackOverflowError}) —
 * becomes a {@link DefinitionException} naming the plugin's class and platform id, so the application and its
 * users see one line about a broken plugin, not a JVM trace. Only {@link #isFatal fatal} errors pass through:
 * after an {@link OutOfMemoryError} nothing can be trusted to work.
 */
@Internal
public final class PluginCalls {

    private static final int MAX_MESSAGE = 300;

    private PluginCalls() {
    }

    /**
     * Runs {@code call} on behalf of {@code generator}.
     *
     * @param id     the platform id the generator declared
     * @param action what was being done, for the message: "generating", "validating", "describing itself"
     */
    public static <T> T call(PlatformGenerator generator, String id, String action, Supplier<T> call) {
        try {
            return call.get();
        } catch (CsmbException e) {
            throw e;
        } catch (RuntimeException | Error e) {
            if (isFatal(e)) {
                throw e;
            }
            throw new DefinitionException("platform generator " + generator.getClass().getName() + " ("
                    + MessageText.name(id) + ") failed while " + action + ": " + summary(e), e);
        }
    }

    /** Errors nothing should catch: every {@link VirtualMachineError} except a stack overflow, which unwinds cleanly. */
    public static boolean isFatal(Throwable e) {
        return e instanceof VirtualMachineError && !(e instanceof StackOverflowError);
    }

    /** {@code Type: message} on one line, with the plugin's text made printable. */
    public static String summary(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip();
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE) + "...";
        }
        return e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + MessageText.printable(message));
    }
}
