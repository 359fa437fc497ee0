package dev.csmb.integrations.airtable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.csmb.integrations.http.ApiClient;
import dev.csmb.integrations.http.ApiRequest;
import dev.csmb.integrations.http.HttpSettings;
import dev.csmb.integrations.http.Secret;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Airtable Web API endpoints provisioning uses. Rate limits are per base (5 requests/s); calls that are not
 * about one base share the {@code meta} bucket.
 */
final class AirtableApi {

    /** Airtable accepts at most this many records per create request. */
    static final int RECORDS_PER_REQUEST = 10;
    private static final String META = "meta";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ApiClient client;

    AirtableApi(HttpSettings settings, Secret token) {
        this.client = new ApiClient("Airtable", settings, token, Map.of(), new AirtableErrors());
    }

    /** Every base the token can see, following {@code offset} through all pages. */
    List<AirtableBase> listBases() {
        List<AirtableBase> bases = new ArrayList<>();
        String offset = null;
        do {
            String path = "/v0/meta/bases" + (offset == null ? "" : "?offset=" + encode(offset));
            JsonNode page = client.send(ApiRequest.get(path, META));
            for (JsonNode base : page.path("bases")) {
                bases.add(new AirtableBase(base.path("id").asText(), base.path("name").asText(""),
                        base.path("permissionLevel").asText("")));
            }
            offset = page.hasNonNull("offset") ? page.path("offset").asText() : null;
        } while (offset != null);
        return bases;
    }

    /** The base's tables with their fields ({@code GET /v0/meta/bases/{baseId}/tables}). */
    JsonNode tables(String baseId) {
        return client.send(ApiRequest.get("/v0/meta/bases/" + baseId + "/tables", limiter(baseId))).path("tables");
    }

    JsonNode createTable(String baseId, ObjectNode table) {
        return client.send(ApiRequest.create("/v0/meta/bases/" + baseId + "/tables", table, limiter(baseId)));
    }

    JsonNode createBase(ObjectNode base) {
        return client.send(ApiRequest.create("/v0/meta/bases", base, META));
    }

    JsonNode createField(String baseId, String tableId, ObjectNode field) {
        return client.send(ApiRequest.create("/v0/meta/bases/" + baseId + "/tables/" + tableId + "/fields", field,
                limiter(baseId)));
    }

    /** Creates records, {@value #RECORDS_PER_REQUEST} per request; returns their ids in order. */
    List<String> createRecords(String baseId, String tableId, List<ObjectNode> records) {
        List<String> ids = new ArrayList<>();
        for (int start = 0; start < records.size(); start += RECORDS_PER_REQUEST) {
            ObjectNode body = NODES.objectNode();
            ArrayNode batch = body.putArray("records");
            records.subList(start, Math.min(records.size(), start + RECORDS_PER_REQUEST))
                    .forEach(fields -> batch.addObject().set("fields", fields));
            JsonNode created = client.send(ApiRequest.create("/v0/" + baseId + "/" + tableId, body, limiter(baseId)));
            created.path("records").forEach(record -> ids.add(record.path("id").asText()));
        }
        return ids;
    }

    /** True when the table holds a record whose field has this text. */
    boolean hasRecord(String baseId, String tableId, String field, String text) {
        String formula = "{" + field.replace("}", "\\}") + "}='" + text.replace("\\", "\\\\").replace("'", "\\'")
                + "'";
        String path = "/v0/" + baseId + "/" + tableId + "?maxRecords=1&filterByFormula=" + encode(formula);
        return client.send(ApiRequest.get(path, limiter(baseId))).path("records").size() > 0;
    }

    private static String limiter(String baseId) {
        return "base:" + baseId;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
