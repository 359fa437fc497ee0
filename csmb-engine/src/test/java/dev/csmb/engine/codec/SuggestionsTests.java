package dev.csmb.engine.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Suggestions}: close names are suggested, distant ones are not. */
class SuggestionsTests {

    private static final List<String> KNOWN = List.of("teamSize", "complexity", "features", "includeCI");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"teamsize, teamSize", "TEAMSIZE, teamSize", "team-size, teamSize", "complexty, complexity",
        "featurs, features", "includeCi, includeCI", "colour, ", "'', ", "teamSizeAndMore, "})
    void suggestsOnlyCloseNames(String given, String expected) {
        assertThat(Suggestions.closest(given, KNOWN)).isEqualTo(Optional.ofNullable(expected));
    }
}
