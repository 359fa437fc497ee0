package dev.csmb.engine.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTests {

    @ParameterizedTest
    @CsvSource({
        "My Bot, my-bot",
        "my_bot 2, my-bot-2",
        "'  --Support   Desk-- ', support-desk",
        "ABC, abc",
        "___, chat-bot",
        "Grüße Bot, gr-e-bot",
    })
    void lowerCasesAndJoinsWordsWithOneDash(String name, String slug) {
        assertThat(Slugs.npmName(name)).isEqualTo(slug);
    }
}
