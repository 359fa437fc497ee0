package dev.csmb.integrations.airtable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.csmb.integrations.ProvisionResult;
import dev.csmb.integrations.http.Creates;
import dev.csmb.integrations.http.HttpSettings;
import dev.csmb.integrations.http.IntegrationException;
import dev.csmb.integrations.http.Secret;
import dev.csmb.integrations.schema.SampleSession;
import dev.csmb.integrations.schema.SchemaDrift;
import dev.csmb.integrations.schema.SessionField;
import dev.csmb.integrations.schema.SessionSchema;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Creates or checks the "Chat Sessions" table in Airtable: in an existing base, or in a new base in a workspace,
 * with one sample record; on an existing table it adds the fields it lacks. Idempotent: run twice, it finds the
 * table it made and only adds what is missing.
 *
 * <p>Thread-safe; the token stays inside the HTTP layer.
 */
public final class AirtableProvisioner {

    /** Airtable's API root. */
    public static final URI API = URI.create("https://api.airtable.com");

    private final AirtableApi api;
    private final Duration pauseBeforeLooking;

    /** A provisioner with {@link #defaultSettings()}. */
    public AirtableProvisioner(Secret token) {
        this(token, defaultSettings());
    }

    /** A provisioner with these settings (tests point them at a server on loopback). */
    public AirtableProvisioner(Secret token, HttpSettings settings) {
        this.api = new AirtableApi(Objects.requireNonNull(settings, "settings must not be null"),
                Objects.requireNonNull(token, "token must not be null"));
        this.pauseBeforeLooking = settings.backoff();
    }

    /** Airtable's documented limits: 5 requests per second per base, and 30 s of waiting after a 429. */
    public static HttpSettings defaultSettings() {
        return HttpSettings.of(API, 5, Duration.ofSeconds(30));
    }

    /** The {@code POST /v0/meta/bases/{baseId}/tables} body provisioning would send; needs no token. */
    public static ObjectNode planTable(SessionSchema schema) {
        Objects.requireNonNull(schema, "schema must not be null");
        ObjectNode table = JsonNodeFactory.instance.objectNode().put("name", schema.tableName())
                .put("description", "One row per chat session, written by the bot.");
        table.set("fields", AirtableFields.of(schema.fields()));
        return table;
    }

    /** The {@code POST /v0/meta/bases} body provisioning would send to make a base; needs no token. */
    public static ObjectNode planBase(String workspaceId, String baseName, SessionSchema schema) {
        ObjectNode base = JsonNodeFactory.instance.objectNode()
                .put("name", Objects.requireNonNull(baseName, "baseName must not be null"))
                .put("workspaceId", AirtableIds.workspace(workspaceId, "workspaceId"));
        base.putArray("tables").add(planTable(schema));
        return base;
    }

    /** Every base the token can see. */
    public List<AirtableBase> bases() {
        return api.listBases();
    }

    /**
     * Makes sure the base holds the table: creates it with a sample record when there is none, otherwise adds
     * the fields it lacks (wrongly typed ones are reported in the result, never changed).
     *
     * @throws dev.csmb.api.InvalidInputException when the base id is malformed
     * @throws IntegrationException               when Airtable refuses or cannot be reached
     */
    public ProvisionResult provisionInBase(String baseId, SessionSchema schema) {
        String base = AirtableIds.base(baseId, "baseId");
        Objects.requireNonNull(schema, "schema must not be null");
        Optional<JsonNode> existing = findTable(base, schema.tableName());
        if (existing.isPresent()) {
            JsonNode table = existing.get();
            SchemaDrift drift = AirtableFields.drift(schema, table);
            List<SessionField> added = addMissing(base, table.path("id").asText(), drift);
            return result(base, table.path("id").asText(), false, added,
                    new SchemaDrift(List.of(), drift.wrongType()));
        }
        ObjectNode body = planTable(schema);
        JsonNode table = Creates.once(3, pauseBeforeLooking, () -> findTable(base, schema.tableName()),
                () -> api.createTable(base, body));
        String tableId = table.path("id").asText();
        addSampleRecord(base, tableId, schema);
        return result(base, tableId, true, List.of(), SchemaDrift.none());
    }

    /**
     * Creates a base named {@code baseName} in the workspace, holding the table and a sample record. After an
     * unclear failure it looks for a base of that name that was not there before, so it never makes two.
     */
    public ProvisionResult provisionInWorkspace(String workspaceId, String baseName, SessionSchema schema) {
        ObjectNode body = planBase(workspaceId, baseName, schema);
        Set<String> before = api.listBases().stream().map(AirtableBase::id).collect(Collectors.toSet());
        String baseId = Creates.once(3, pauseBeforeLooking,
                () -> api.listBases().stream().filter(b -> b.name().equals(baseName) && !before.contains(b.id()))
                        .map(AirtableBase::id).findFirst(),
                () -> api.createBase(body).path("id").asText());
        JsonNode table = findTable(baseId, schema.tableName()).orElseThrow(() -> new IntegrationException(
                "Airtable created base " + baseId + " without the " + schema.tableName() + " table"));
        String tableId = table.path("id").asText();
        addSampleRecord(baseId, tableId, schema);
        return result(baseId, tableId, true, List.of(), SchemaDrift.none());
    }

    /** Compares the base's table with the schema without changing anything; empty when there is no table. */
    public Optional<ProvisionResult> check(String baseId, SessionSchema schema) {
        String base = AirtableIds.base(baseId, "baseId");
        Objects.requireNonNull(schema, "schema must not be null");
        return findTable(base, schema.tableName()).map(table -> result(base, table.path("id").asText(), false,
                List.of(), AirtableFields.drift(schema, table)));
    }

    /** Adds the drift's missing fields to the table, one request each; returns what it added. */
    public List<SessionField> addMissing(String baseId, String tableId, SchemaDrift drift) {
        String base = AirtableIds.base(baseId, "baseId");
        List<SessionField> added = new ArrayList<>();
        for (SessionField field : drift.missing()) {
            Creates.once(3, pauseBeforeLooking,
                    () -> fieldExists(base, tableId, field.name()) ? Optional.of(field) : Optional.empty(),
                    () -> {
                        api.createField(base, tableId, AirtableFields.field(field));
                        return field;
                    });
            added.add(field);
        }
        return List.copyOf(added);
    }

    /**
     * Creates records (field name to value), at most 10 per request as Airtable allows; returns the record ids.
     * Not retried after an unclear failure: the caller decides how to look for what was written.
     */
    public List<String> createRecords(String baseId, String tableId, List<ObjectNode> records) {
        return api.createRecords(AirtableIds.base(baseId, "baseId"), Objects.requireNonNull(tableId, "tableId"),
                List.copyOf(records));
    }

    private Optional<JsonNode> findTable(String baseId, String name) {
        for (JsonNode table : api.tables(baseId)) {
            if (table.path("name").asText().equalsIgnoreCase(name)) {
                return Optional.of(table);
            }
        }
        return Optional.empty();
    }

    private boolean fieldExists(String baseId, String tableId, String name) {
        for (JsonNode table : api.tables(baseId)) {
            if (table.path("id").asText().equals(tableId)) {
                for (JsonNode field : table.path("fields")) {
                    if (field.path("name").asText().equalsIgnoreCase(name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private void addSampleRecord(String baseId, String tableId, SessionSchema schema) {
        Creates.once(3, pauseBeforeLooking,
                () -> api.hasRecord(baseId, tableId, schema.title().name(), SampleSession.TITLE)
                        ? Optional.of(Boolean.TRUE) : Optional.empty(),
                () -> !api.createRecords(baseId, tableId, List.of(AirtableRecords.sample(schema))).isEmpty());
    }

    private static ProvisionResult result(String baseId, String tableId, boolean created, List<SessionField> added,
            SchemaDrift drift) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AIRTABLE_BASE_ID", baseId);
        env.put("AIRTABLE_TABLE_ID", tableId);
        return new ProvisionResult("Airtable", "https://airtable.com/" + baseId + "/" + tableId, env, created,
                added, drift);
    }
}
