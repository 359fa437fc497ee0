package dev.csmb.integrations.notion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.Test;

class NotionTextTests {

    @Test
    void splitsLongTextInto2000CharacterObjects() {
        ArrayNode text = NotionText.richText("a".repeat(4500));

        assertThat(text).hasSize(3);
        assertThat(text.get(0).path("text").path("content").asText()).hasSize(2000);
        assertThat(text.get(2).path("text").path("content").asText()).hasSize(500);
    }

    @Test
    void neverSplitsASurrogatePairAndStopsAt100Objects() {
        String emoji = "\uD83D\uDE00";
        ArrayNode split = NotionText.richText("a".repeat(1999) + emoji);
        assertThat(split.get(0).path("text").path("content").asText()).hasSize(1999);
        assertThat(split.get(1).path("text").path("content").asText()).isEqualTo(emoji);

        assertThat(NotionText.richText("b".repeat(2000 * 101))).hasSize(100);
    }
}
