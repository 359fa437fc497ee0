package dev.csmb.engine.internal.runtime;

import dev.csmb.api.Priority;
import dev.csmb.spi.EnvVar;
import java.util.List;
import java.util.Optional;

/**
 * The session-management priority's additions to the core lifecycle: whose sessions a message belongs to
 * ({@code SESSION_SCOPE}: each user's own, or one shared by everyone in a channel), and its transcript tests.
 */
final class SessionScopeModule implements RuntimeModule {

    @Override
    public String id() {
        return "session-scope";
    }

    @Override
    public boolean applies(Selection selection) {
        return selection.has(Priority.SESSION_MANAGEMENT);
    }

    @Override
    public List<String> files(Selection selection) {
        return List.of("src/core/session-scope.js");
    }

    @Override
    public List<String> testFiles(Selection selection) {
        return List.of("test/transcripts/session-management.test.js");
    }

    @Override
    public List<EnvVar> envVars(Selection selection) {
        return List.of(EnvVars.optional("SESSION_SCOPE", "user", "Whose sessions a message goes to: user (each"
                + " user has their own, per channel) or channel (everyone in a channel shares them)."));
    }

    @Override
    public Optional<String> entryPoint(Selection selection) {
        return Optional.of("src/core/session-scope.js");
    }

    @Override
    public Optional<String> readme(Selection selection) {
        return Optional.of("partials/readme/session-scope.md.hbs");
    }
}
