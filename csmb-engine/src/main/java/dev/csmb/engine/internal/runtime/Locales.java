package dev.csmb.engine.internal.runtime;

import dev.csmb.api.Feature;
import dev.csmb.api.Internal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The one locale rule, for runtime modules and platforms alike: the catalogs of one part of the bot are English
 * always, Spanish and German with the multi-language feature.
 */
@Internal
public final class Locales {

    /** The locales every part ships with multi-language; docs/runtime.md states the rule. */
    public static final List<String> TRANSLATED = List.of("es", "de");

    private Locales() {
    }

    /** {@code locales/<part>.en.json}, plus its es and de siblings when multi-language is generated. */
    public static List<String> of(String part, Set<Feature> features) {
        List<String> files = new ArrayList<>();
        files.add("locales/" + part + ".en.json");
        if (features.contains(Feature.MULTI_LANGUAGE)) {
            TRANSLATED.forEach(locale -> files.add("locales/" + part + "." + locale + ".json"));
        }
        return List.copyOf(files);
    }

    static List<String> of(String part, Selection selection) {
        return of(part, selection.features());
    }
}
