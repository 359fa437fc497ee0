package dev.csmb.engine.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ConfigurationDraft}: an immutable value, and overriding one draft with another. */
class ConfigurationDraftTests {

    private static final ConfigurationDraft FILE = new ConfigurationDraft("cli-interface", List.of("scalability"),
            null, "small", null, "From File", "Described in the file", true, null, false, null, null);

    @Test
    void listsAreCopiedAndUnmodifiableAndMayHoldNulls() {
        List<String> features = new ArrayList<>(Arrays.asList("webhooks", null));
        ConfigurationDraft draft = new ConfigurationDraft(null, null, features, null, null, null, null, null, null,
                null, null, null);
        features.clear();
        assertThat(draft.features()).containsExactly("webhooks", null);
        assertThatThrownBy(() -> draft.features().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(draft.priorities()).isNull();
    }

    @Test
    void overridingTakesEveryGivenValueAndKeepsTheRest() {
        ConfigurationDraft flags = new ConfigurationDraft(null, null, List.of("webhooks"), null, "expert",
                "From Flags", null, null, false, null, true, true);
        assertThat(FILE.overriddenBy(flags)).isEqualTo(new ConfigurationDraft("cli-interface", List.of("scalability"),
                List.of("webhooks"), "small", "expert", "From Flags", "Described in the file", true, false, false,
                true, true));
    }

    @Test
    void overridingWithAnEmptyDraftChangesNothing() {
        assertThat(FILE.overriddenBy(ConfigurationDraft.empty())).isEqualTo(FILE);
        assertThat(ConfigurationDraft.empty().overriddenBy(FILE)).isEqualTo(FILE);
        assertThatNullPointerException().isThrownBy(() -> FILE.overriddenBy(null))
                .withMessage("overrides must not be null");
    }
}
