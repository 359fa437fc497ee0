package dev.csmb.engine.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.Feature;
import dev.csmb.api.Priority;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The multi-language rule for every runtime module (docs/runtime.md, "Strings"): with multi-language selected, each
 * {@code locales/<part>.en.json} the runtime generates has {@code es} and {@code de} siblings; without it, only
 * English is generated. Checked for every feature at once with every allowed set of priorities, so a module added
 * with English texts only fails here, whoever adds it.
 */
class LocaleCatalogTests {

    static Stream<Set<Priority>> prioritySets() {
        List<Set<Priority>> sets = new ArrayList<>();
        Priority[] all = Priority.values();
        for (int mask = 0; mask < 1 << all.length; mask++) {
            if (Integer.bitCount(mask) < 2 || Integer.bitCount(mask) > 4) {
                continue;
            }
            Set<Priority> set = EnumSet.noneOf(Priority.class);
            for (int i = 0; i < all.length; i++) {
                if ((mask & 1 << i) != 0) {
                    set.add(all[i]);
                }
            }
            sets.add(set);
        }
        return sets.stream();
    }

    private static List<String> paths(Set<Priority> priorities, Set<Feature> features) {
        BuildConfiguration configuration = BuildConfiguration.builder("cli-interface").projectName("Bot")
                .description("A bot for the tests.").priorities(List.copyOf(priorities)).features(features).build();
        return RuntimePlan.of(configuration, features).files().stream().map(PlannedFile::path).toList();
    }

    @ParameterizedTest
    @MethodSource("prioritySets")
    void withMultiLanguageEveryEnglishCatalogHasSpanishAndGermanSiblings(Set<Priority> priorities) {
        List<String> paths = paths(priorities, EnumSet.allOf(Feature.class));
        List<String> english = paths.stream().filter(p -> p.matches("locales/[\\w-]+\\.en\\.json")).toList();

        assertThat(english).contains("locales/core.en.json");
        for (String file : english) {
            for (String locale : Locales.TRANSLATED) {
                assertThat(paths).as("the module generating %s must also list its %s catalog", file, locale)
                        .contains(file.replace(".en.json", "." + locale + ".json"));
            }
        }
        assertThat(paths.stream().filter(p -> p.startsWith("locales/")))
                .allSatisfy(p -> assertThat(english).contains(p.replaceFirst("\\.\\w+\\.json$", ".en.json")));
    }

    @ParameterizedTest
    @MethodSource("prioritySets")
    void withoutMultiLanguageOnlyEnglishIsGenerated(Set<Priority> priorities) {
        List<String> paths = paths(priorities, EnumSet.complementOf(EnumSet.of(Feature.MULTI_LANGUAGE)));

        assertThat(paths.stream().filter(p -> p.startsWith("locales/"))).allMatch(p -> p.endsWith(".en.json"));
    }
}
