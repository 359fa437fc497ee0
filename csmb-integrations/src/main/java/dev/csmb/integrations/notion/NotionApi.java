package dev.csmb.integrations.notion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.csmb.integrations.http.ApiClient;
import dev.csmb.integrations.http.ApiRequest;
import dev.csmb.integrations.http.HttpSettings;
import dev.csmb.integrations.http.Secret;
import dev.csmb.integrations.schema.SessionSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The Notion endpoints provisioning uses, at API version {@value #VERSION}; one rate limit per integration. */
final class NotionApi {

    static final String VERSION = "2025-09-03";
    private static final String LIMITER = "integration";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ApiClient client;

    NotionApi(HttpSettings settings, Secret token) {
        this.client = new ApiClient("Notion", settings, token, Map.of("Notion-Version", VERSION), new NotionErrors());
    }

    /** The body of {@code POST /v1/databases} for this schema under this page. */
    static ObjectNode createDatabaseBody(String parentPageId, SessionSchema schema) {
        ObjectNode body = NODES.objectNode();
        body.putObject("parent").put("type", "page_id").put("page_id", parentPageId);
        body.set("title", NotionText.richText(schema.tableName()));
        body.putObject("initial_data_source").set("properties", NotionProperties.of(schema.fields()));
        return body;
    }

    JsonNode createDatabase(ObjectNode body) {
        return client.send(ApiRequest.create("/v1/databases", body, LIMITER));
    }

    /** Every data source shared with the integration whose title matches the query (all pages of results). */
    List<NotionDataSource> searchDataSources(String query) {
        List<NotionDataSource> found = new ArrayList<>();
        String cursor = null;
        do {
            ObjectNode body = NODES.objectNode();
            if (!query.isEmpty()) {
                body.put("query", query);
            }
            body.putObject("filter").put("property", "object").put("value", "data_source");
            body.put("page_size", 100);
            if (cursor != null) {
                body.put("start_cursor", cursor);
            }
            JsonNode page = client.send(ApiRequest.query("/v1/search", body, LIMITER));
            for (JsonNode result : page.path("results")) {
                // A database in the trash still shows up in search; it must not be taken for a live one.
                boolean trashed = result.path("in_trash").asBoolean() || result.path("archived").asBoolean();
                if ("data_source".equals(result.path("object").asText()) && !trashed) {
                    found.add(dataSource(result));
                }
            }
            cursor = page.path("has_more").asBoolean() ? page.path("next_cursor").asText(null) : null;
        } while (cursor != null);
        return found;
    }

    private static NotionDataSource dataSource(JsonNode node) {
        StringBuilder title = new StringBuilder();
        node.path("title").forEach(part -> title.append(part.path("plain_text").asText(
                part.path("text").path("content").asText(""))));
        JsonNode grandparent = node.path("database_parent");
        String page = "page_id".equals(grandparent.path("type").asText()) ? grandparent.path("page_id").asText("") : "";
        return new NotionDataSource(node.path("id").asText(), title.toString(),
                node.path("parent").path("database_id").asText(""), page);
    }

    JsonNode retrieveDataSource(String id) {
        return client.send(ApiRequest.get("/v1/data_sources/" + id, LIMITER));
    }

    JsonNode updateProperties(String dataSourceId, ObjectNode properties) {
        ObjectNode body = NODES.objectNode();
        body.set("properties", properties);
        return client.send(ApiRequest.patch("/v1/data_sources/" + dataSourceId, body, LIMITER));
    }

    JsonNode createPage(String dataSourceId, ObjectNode properties) {
        ObjectNode body = NODES.objectNode();
        body.putObject("parent").put("type", "data_source_id").put("data_source_id", dataSourceId);
        body.set("properties", properties);
        return client.send(ApiRequest.create("/v1/pages", body, LIMITER));
    }

    /** True when the data source holds a page with this title. */
    boolean hasPageTitled(String dataSourceId, String titleProperty, String title) {
        ObjectNode body = NODES.objectNode();
        body.putObject("filter").put("property", titleProperty).putObject("title").put("equals", title);
        body.put("page_size", 1);
        JsonNode page = client.send(ApiRequest.query("/v1/data_sources/" + dataSourceId + "/query", body, LIMITER));
        return page.path("results").size() > 0;
    }
}
