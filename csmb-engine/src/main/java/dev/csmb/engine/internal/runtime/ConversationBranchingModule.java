package dev.csmb.engine.internal.runtime;

import dev.csmb.api.Feature;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Conversation branching: fork the active session into named branches, list them and switch between them. */
final class ConversationBranchingModule implements RuntimeModule {

    @Override
    public String id() {
        return "conversation-branching";
    }

    @Override
    public boolean applies(Selection selection) {
        return selection.has(Feature.CONVERSATION_BRANCHING);
    }

    @Override
    public List<String> files(Selection selection) {
        List<String> files = new ArrayList<>(List.of("src/core/conversation-branching.js"));
        files.addAll(Locales.of(id(), selection));
        return List.copyOf(files);
    }

    @Override
    public List<String> testFiles(Selection selection) {
        return List.of("test/transcripts/conversation-branching.test.js");
    }

    @Override
    public Optional<String> entryPoint(Selection selection) {
        return Optional.of("src/core/conversation-branching.js");
    }

    @Override
    public Optional<String> readme(Selection selection) {
        return Optional.of("partials/readme/conversation-branching.md.hbs");
    }
}
