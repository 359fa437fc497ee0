package dev.csmb.engine.internal.runtime;

import dev.csmb.api.Feature;
import dev.csmb.spi.EnvVar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Context awareness: the session's recent messages handed to {@code reply()}, and {@code /context} to show them. */
final class ContextAwarenessModule implements RuntimeModule {

    @Override
    public String id() {
        return "context-awareness";
    }

    @Override
    public boolean applies(Selection selection) {
        return selection.has(Feature.CONTEXT_AWARENESS);
    }

    @Override
    public List<String> files(Selection selection) {
        List<String> files = new ArrayList<>(List.of("src/core/context-awareness.js"));
        files.addAll(Locales.of(id(), selection));
        return List.copyOf(files);
    }

    @Override
    public List<String> testFiles(Selection selection) {
        return List.of("test/transcripts/context-awareness.test.js");
    }

    @Override
    public List<EnvVar> envVars(Selection selection) {
        return List.of(EnvVars.optional("CONTEXT_WINDOW_MESSAGES", "10",
                "How many of the session's latest messages (yours and the bot's) reply() gets as context; 1 to 200."));
    }

    @Override
    public Optional<String> entryPoint(Selection selection) {
        return Optional.of("src/core/context-awareness.js");
    }

    @Override
    public Optional<String> readme(Selection selection) {
        return Optional.of("partials/readme/context-awareness.md.hbs");
    }
}
