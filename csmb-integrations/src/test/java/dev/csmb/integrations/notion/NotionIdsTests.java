package dev.csmb.integrations.notion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.csmb.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class NotionIdsTests {

    @Test
    void acceptsDashedUndashedAndUrls() {
        String dashed = "af5f89b5-a8ff-4c56-a5e8-69797d11b9f8";
        assertThat(NotionIds.parse(dashed, "f")).isEqualTo(dashed);
        assertThat(NotionIds.parse("AF5F89B5A8FF4C56A5E869797D11B9F8", "f")).isEqualTo(dashed);
        assertThat(NotionIds.parse("https://www.notion.so/acme/Bot-Sessions-af5f89b5a8ff4c56a5e869797d11b9f8?pvs=4",
                "f")).isEqualTo(dashed);
    }

    @Test
    void rejectsAnythingElseNamingTheField() {
        assertThatThrownBy(() -> NotionIds.parse("not-a-page", "--parent-page"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("--parent-page: must be a Notion id (32 hex digits, dashes allowed) or a page URL ending in"
                        + " one");
    }
}
