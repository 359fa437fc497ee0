package dev.csmb.engine.internal.runtime;

import dev.csmb.api.Feature;
import dev.csmb.spi.EnvVar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Multi-language: the core's texts in Spanish and German, a per-user locale kept in the store's settings
 * ({@code /language <code>}) and a test that every locale has every key. Every other module ships its own
 * translations through {@link Locales#of}.
 */
final class MultiLanguageModule implements RuntimeModule {

    @Override
    public String id() {
        return "multi-language";
    }

    @Override
    public boolean applies(Selection selection) {
        return selection.has(Feature.MULTI_LANGUAGE);
    }

    @Override
    public List<String> files(Selection selection) {
        List<String> files = new ArrayList<>(List.of("src/core/multi-language.js"));
        Locales.TRANSLATED.forEach(locale -> files.add("locales/core." + locale + ".json"));
        files.addAll(Locales.of(id(), selection));
        return List.copyOf(files);
    }

    @Override
    public List<String> testFiles(Selection selection) {
        return List.of("test/locales.test.js", "test/transcripts/multi-language.test.js");
    }

    @Override
    public List<EnvVar> envVars(Selection selection) {
        return List.of(EnvVars.optional("DEFAULT_LOCALE", "en",
                "The language for users who have not chosen one with /language: en, es or de."));
    }

    @Override
    public Optional<String> entryPoint(Selection selection) {
        return Optional.of("src/core/multi-language.js");
    }

    @Override
    public Optional<String> readme(Selection selection) {
        return Optional.of("partials/readme/multi-language.md.hbs");
    }
}
