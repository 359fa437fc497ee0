package dev.csmb.integrations.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretTests {

    @Test
    void toStringNeverShowsTheToken() {
        Secret secret = Secret.of("patABC.123");

        assertThat(secret.toString()).isEqualTo("Secret[redacted]").doesNotContain("patABC");
        assertThat(secret.reveal()).isEqualTo("patABC.123");
    }

    @Test
    void rejectsBlankTokensAndTokensWithSpacesWithoutRepeatingThem() {
        assertThatThrownBy(() -> Secret.of("  ")).hasMessage("token must not be blank");
        assertThatThrownBy(() -> Secret.of("pat secret\n")).hasMessage("token must not contain spaces or control "
                + "characters");
    }
}
