package dev.csmb.engine.internal.runtime;

import dev.csmb.api.Feature;
import java.util.ArrayList;
import java.util.List;

/** The catalogs of one part of the bot: English always, Spanish and German with the multi-language feature. */
final class Locales {

    /** The locales every part ships with multi-language; docs/runtime.md states the rule. */
    static final List<String> TRANSLATED = List.of("es", "de");

    private Locales() {
    }

    /** {@code locales/<part>.en.json}, plus its es and de siblings when multi-language is selected. */
    static List<String> of(String part, Selection selection) {
        List<String> files = new ArrayList<>();
        files.add("locales/" + part + ".en.json");
        if (selection.has(Feature.MULTI_LANGUAGE)) {
            TRANSLATED.forEach(locale -> files.add("locales/" + part + "." + locale + ".json"));
        }
        return List.copyOf(files);
    }
}
