package dev.csmb.engine.internal.runtime;

import dev.csmb.api.Priority;
import java.util.List;
import java.util.Optional;

/**
 * The message-persistence priority: SQLite becomes the default store ({@link Selection#store()}), and a transcript
 * test proves that history survives a restart.
 */
final class PersistenceModule implements RuntimeModule {

    @Override
    public String id() {
        return "persistence";
    }

    @Override
    public boolean applies(Selection selection) {
        return selection.has(Priority.MESSAGE_PERSISTENCE);
    }

    @Override
    public List<String> testFiles(Selection selection) {
        return List.of("test/transcripts/message-persistence.test.js");
    }

    @Override
    public Optional<String> readme(Selection selection) {
        return Optional.of("partials/readme/persistence.md.hbs");
    }
}
