package dev.csmb.server.store;

import dev.csmb.api.BuildConfiguration;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored configuration and who saved it.
 *
 * @param configuration the configuration
 * @param owner         the signed-in user who saved it; empty when sign-in is off
 */
public record SavedConfiguration(BuildConfiguration configuration, Optional<String> owner) {

    public SavedConfiguration {
        Objects.requireNonNull(configuration, "configuration must not be null");
        Objects.requireNonNull(owner, "owner must not be null");
    }

    /** True when this caller may read it: anyone when it has no owner, otherwise only the owner. */
    public boolean readableBy(Optional<String> caller) {
        return owner.isEmpty() || owner.equals(caller);
    }
}
