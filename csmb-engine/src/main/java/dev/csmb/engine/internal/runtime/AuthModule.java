package dev.csmb.engine.internal.runtime;

import dev.csmb.api.Feature;
import dev.csmb.api.Priority;
import dev.csmb.spi.EnvVar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The user-authentication priority: an allow-list and admin roles from the environment, enforced by a chat guard
 * that refuses other users before anything about them is stored. {@code isAdmin} is exported for other modules.
 */
final class AuthModule implements RuntimeModule {

    @Override
    public String id() {
        return "auth";
    }

    @Override
    public boolean applies(Selection selection) {
        return selection.has(Priority.USER_AUTHENTICATION);
    }

    @Override
    public List<String> files(Selection selection) {
        List<String> files = new ArrayList<>(List.of("src/core/auth.js", "locales/auth.en.json"));
        if (selection.has(Feature.MULTI_LANGUAGE)) {
            files.addAll(List.of("locales/auth.es.json", "locales/auth.de.json"));
        }
        return List.copyOf(files);
    }

    @Override
    public List<String> testFiles(Selection selection) {
        return List.of("test/core/auth.test.js", "test/transcripts/auth.test.js");
    }

    @Override
    public List<EnvVar> envVars(Selection selection) {
        return List.of(
                EnvVars.optional("ALLOWED_USERS", "", "Comma-separated user ids that may use the bot. Empty: everyone"
                        + " may; set it to make the bot private."),
                EnvVars.optional("ADMIN_USERS", "", "Comma-separated user ids with the admin role; admins are always"
                        + " allowed."));
    }

    @Override
    public Optional<String> entryPoint(Selection selection) {
        return Optional.of("src/core/auth.js");
    }

    @Override
    public Optional<String> readme(Selection selection) {
        return Optional.of("partials/readme/auth.md.hbs");
    }
}
