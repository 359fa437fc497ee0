package dev.csmb.integrations.notion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.csmb.integrations.ProvisionResult;
import dev.csmb.integrations.http.Creates;
import dev.csmb.integrations.http.HttpSettings;
import dev.csmb.integrations.http.IntegrationException;
import dev.csmb.integrations.http.Secret;
import dev.csmb.integrations.schema.SchemaDrift;
import dev.csmb.integrations.schema.SessionField;
import dev.csmb.integrations.schema.SessionSchema;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Creates or checks the "Chat Sessions" database in Notion (API version 2025-09-03): the database with its first
 * data source under a parent page, one sample row, and on an existing database the properties it lacks.
 * Provisioning is idempotent: run twice, it finds the database it made and only adds what is missing.
 *
 * <p>Thread-safe; the token stays inside the HTTP layer.
 */
public final class NotionProvisioner {

    /** Notion's API root. */
    public static final URI API = URI.create("https://api.notion.com");

    private final NotionApi api;
    private final Duration pauseBeforeLooking;

    /** A provisioner with {@link #defaultSettings()}. */
    public NotionProvisioner(Secret token) {
        this(token, defaultSettings());
    }

    /** A provisioner with these settings (tests point them at a server on loopback). */
    public NotionProvisioner(Secret token, HttpSettings settings) {
        this.api = new NotionApi(Objects.requireNonNull(settings, "settings must not be null"),
                Objects.requireNonNull(token, "token must not be null"));
        // Notion's search index lags behind creates by a moment; wait about one backoff step before looking.
        this.pauseBeforeLooking = settings.backoff();
    }

    /** Notion's documented average limit, 3 requests per second per integration; 1 s after a bare 429. */
    public static HttpSettings defaultSettings() {
        return HttpSettings.of(API, 3, Duration.ofSeconds(1));
    }

    /** The {@code POST /v1/databases} body provisioning would send; needs no token (for dry runs). */
    public static ObjectNode plan(String parentPageId, SessionSchema schema) {
        return NotionApi.createDatabaseBody(NotionIds.parse(parentPageId, "parentPageId"),
                Objects.requireNonNull(schema, "schema must not be null"));
    }

    /** Every data source shared with the integration. */
    public List<NotionDataSource> dataSources() {
        return api.searchDataSources("");
    }

    /** The data source titled like the schema's table in a database on this page, if there is one. */
    public Optional<NotionDataSource> find(String parentPageId, String title) {
        String page = NotionIds.parse(parentPageId, "parentPageId");
        return api.searchDataSources(title).stream()
                .filter(source -> source.title().equals(title) && NotionIds.same(source.parentPageId(), page))
                .findFirst();
    }

    /**
     * Makes sure the page holds the database: creates it with a sample row when there is none, otherwise adds the
     * properties it lacks (wrongly typed ones are reported in the result, never changed).
     *
     * @throws dev.csmb.api.InvalidInputException when the page id is not a Notion id
     * @throws IntegrationException               when Notion refuses or cannot be reached
     */
    public ProvisionResult provision(String parentPageId, SessionSchema schema) {
        String page = NotionIds.parse(parentPageId, "parentPageId");
        Objects.requireNonNull(schema, "schema must not be null");
        Optional<NotionDataSource> existing = find(page, schema.tableName());
        if (existing.isPresent()) {
            NotionDataSource source = existing.get();
            SchemaDrift drift = drift(source.id(), schema);
            List<SessionField> added = addMissing(source.id(), drift);
            return result(source.databaseId(), source.id(), source.url(), false, added,
                    new SchemaDrift(List.of(), drift.wrongType()));
        }
        ObjectNode body = NotionApi.createDatabaseBody(page, schema);
        Created database = Creates.once(3, pauseBeforeLooking,
                () -> find(page, schema.tableName()).map(s -> new Created(s.databaseId(), s.id(), s.url())),
                () -> created(api.createDatabase(body)));
        addSampleRow(database.dataSourceId(), schema);
        return result(database.databaseId(), database.dataSourceId(), database.url(), true, List.of(),
                SchemaDrift.none());
    }

    /** Compares the page's database with the schema without changing anything; empty when there is none. */
    public Optional<ProvisionResult> check(String parentPageId, SessionSchema schema) {
        Objects.requireNonNull(schema, "schema must not be null");
        return find(parentPageId, schema.tableName()).map(source -> result(source.databaseId(), source.id(),
                source.url(), false, List.of(), drift(source.id(), schema)));
    }

    /** How a data source's properties differ from the schema. */
    public SchemaDrift drift(String dataSourceId, SessionSchema schema) {
        String id = NotionIds.parse(dataSourceId, "dataSourceId");
        return NotionProperties.drift(schema, api.retrieveDataSource(id).path("properties"));
    }

    /** Adds the drift's missing properties with {@code PATCH /v1/data_sources/{id}}; returns what it added. */
    public List<SessionField> addMissing(String dataSourceId, SchemaDrift drift) {
        String id = NotionIds.parse(dataSourceId, "dataSourceId");
        if (drift.missing().isEmpty()) {
            return List.of();
        }
        api.updateProperties(id, NotionProperties.of(drift.missing()));
        return drift.missing();
    }

    private void addSampleRow(String dataSourceId, SessionSchema schema) {
        String title = dev.csmb.integrations.schema.SampleSession.TITLE;
        Creates.once(3, pauseBeforeLooking,
                () -> api.hasPageTitled(dataSourceId, schema.title().name(), title) ? Optional.of(Boolean.TRUE)
                        : Optional.empty(),
                () -> {
                    api.createPage(dataSourceId, NotionRows.sample(schema));
                    return Boolean.TRUE;
                });
    }

    private static Created created(JsonNode database) {
        JsonNode sources = database.path("data_sources");
        if (sources.size() == 0) {
            throw new IntegrationException("Notion created database " + database.path("id").asText()
                    + " but returned no data source");
        }
        return new Created(database.path("id").asText(), sources.get(0).path("id").asText(),
                database.path("url").asText("https://www.notion.so/" + database.path("id").asText().replace("-", "")));
    }

    private static ProvisionResult result(String databaseId, String dataSourceId, String url, boolean created,
            List<SessionField> added, SchemaDrift drift) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("NOTION_DATABASE_ID", databaseId);
        env.put("NOTION_DATA_SOURCE_ID", dataSourceId);
        return new ProvisionResult("Notion", url, env, created, added, drift);
    }

    private record Created(String databaseId, String dataSourceId, String url) {
    }
}
