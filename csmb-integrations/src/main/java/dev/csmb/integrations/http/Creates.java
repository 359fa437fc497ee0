package dev.csmb.integrations.http;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Creates something at most once. When a create ends in an {@link AmbiguousResultException}, the next attempt
 * first looks for what the lost one may have made, and creates again only when it finds nothing.
 */
public final class Creates {

    private Creates() {
    }

    /**
     * @param attempts how many creates to try at most (at least 1)
     * @param pause    how long to wait before looking, so a search index can catch up with a create
     * @param look     finds the thing if it exists
     * @param create   makes it
     * @return what was made or found
     * @throws AmbiguousResultException when every attempt was unclear and nothing was found
     */
    public static <T> T once(int attempts, Duration pause, Supplier<Optional<T>> look, Supplier<T> create) {
        Objects.requireNonNull(look, "look must not be null");
        Objects.requireNonNull(create, "create must not be null");
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        Objects.requireNonNull(pause, "pause must not be null");
        RetryPolicy<T> policy = RetryPolicy.<T>builder().handle(AmbiguousResultException.class)
                .withDelay(pause.isNegative() ? Duration.ZERO : pause).withMaxRetries(attempts - 1).build();
        try {
            return Failsafe.with(policy).get(context -> context.isFirstAttempt() ? create.get()
                    : look.get().orElseGet(create));
        } catch (FailsafeException e) {
            throw new IntegrationException("create failed: " + e.getMessage(), e.getCause());
        }
    }
}
