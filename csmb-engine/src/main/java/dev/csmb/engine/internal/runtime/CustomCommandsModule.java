package dev.csmb.engine.internal.runtime;

import dev.csmb.api.Feature;
import dev.csmb.api.Priority;
import dev.csmb.spi.EnvVar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Custom commands: admins add and remove text commands at runtime; they are kept in the store's settings, so they
 * survive restarts with a persistent store, and {@code /help} lists them.
 */
final class CustomCommandsModule implements RuntimeModule {

    @Override
    public String id() {
        return "custom-commands";
    }

    @Override
    public boolean applies(Selection selection) {
        return selection.has(Feature.CUSTOM_COMMANDS);
    }

    @Override
    public List<String> files(Selection selection) {
        List<String> files = new ArrayList<>(List.of("src/core/custom-commands.js"));
        files.addAll(Locales.of(id(), selection));
        return List.copyOf(files);
    }

    @Override
    public List<String> testFiles(Selection selection) {
        return List.of("test/transcripts/custom-commands.test.js");
    }

    /**
     * {@code ADMIN_USERS}, unless user authentication is selected: that module declares the admins then, and this one
     * reads the same variable.
     */
    @Override
    public List<EnvVar> envVars(Selection selection) {
        if (selection.has(Priority.USER_AUTHENTICATION)) {
            return List.of();
        }
        return List.of(EnvVars.optional("ADMIN_USERS", "",
                "Comma-separated user ids allowed to /addcommand and /removecommand; empty: nobody."));
    }

    @Override
    public Optional<String> entryPoint(Selection selection) {
        return Optional.of("src/core/custom-commands.js");
    }

    @Override
    public Optional<String> readme(Selection selection) {
        return Optional.of("partials/readme/custom-commands.md.hbs");
    }
}
