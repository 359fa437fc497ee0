package dev.csmb.integrations.notion;

import java.util.Objects;

/**
 * A Notion data source the integration can see, as search lists it.
 *
 * @param id           the data source id (the bot's {@code NOTION_DATA_SOURCE_ID})
 * @param title        its title as plain text
 * @param databaseId   the database it belongs to
 * @param parentPageId the page holding that database, {@code ""} when the database is not on a page
 */
public record NotionDataSource(String id, String title, String databaseId, String parentPageId) {

    public NotionDataSource {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(databaseId, "databaseId must not be null");
        Objects.requireNonNull(parentPageId, "parentPageId must not be null");
    }

    /** Where people open the database. */
    public String url() {
        return "https://www.notion.so/" + databaseId.replace("-", "");
    }
}
