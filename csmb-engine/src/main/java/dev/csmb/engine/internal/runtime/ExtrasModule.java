package dev.csmb.engine.internal.runtime;

import java.util.Optional;

/**
 * The README's "What's included" section: one line for each of the {@link Extras} the project got. Applies when at
 * least one does; the extras themselves are modules of their own.
 */
final class ExtrasModule implements RuntimeModule {

    @Override
    public String id() {
        return "extras";
    }

    @Override
    public boolean applies(Selection selection) {
        return Extras.ALL.stream().anyMatch(extra -> extra.applies(selection));
    }

    @Override
    public Optional<String> readme(Selection selection) {
        return Optional.of("partials/readme/extras.md.hbs");
    }
}
