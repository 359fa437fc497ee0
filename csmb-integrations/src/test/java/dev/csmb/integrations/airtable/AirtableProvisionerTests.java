package dev.csmb.integrations.airtable;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.csmb.integrations.airtable.AirtableJson.BASE;
import static dev.csmb.integrations.airtable.AirtableJson.NEW_BASE;
import static dev.csmb.integrations.airtable.AirtableJson.TABLE;
import static dev.csmb.integrations.airtable.AirtableJson.WORKSPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.csmb.api.InvalidInputException;
import dev.csmb.integrations.Configurations;
import dev.csmb.integrations.FakeService;
import dev.csmb.integrations.ProvisionResult;
import dev.csmb.integrations.http.Secret;
import dev.csmb.integrations.http.ServiceException;
import dev.csmb.integrations.schema.SessionField;
import dev.csmb.integrations.schema.SessionSchema;
import dev.csmb.integrations.schema.SessionSchemas;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Airtable provisioning against a fake Airtable on loopback that checks headers and bodies. */
class AirtableProvisionerTests {

    private static final SessionSchema MINIMAL = SessionSchemas.forConfiguration(Configurations.minimal());
    private static final SessionSchema FULL = SessionSchemas.forConfiguration(Configurations.full());
    private static final String TABLES = "/v0/meta/bases/" + BASE + "/tables";

    private FakeService fake;
    private WireMockServer server;
    private AirtableProvisioner airtable;

    @BeforeEach
    void start() {
        fake = new FakeService();
        server = fake.server();
        airtable = new AirtableProvisioner(Secret.of(FakeService.TOKEN), fake.settings());
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private void verifyEveryRequestAuthenticatedAndNoComputedTimeFields() {
        List<LoggedRequest> all = server.findAll(anyRequestedFor(anyUrl()));
        assertThat(all).isNotEmpty().allSatisfy(request -> {
            assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + FakeService.TOKEN);
            // Airtable's API cannot create these field types.
            assertThat(request.getBodyAsString()).doesNotContain("\"createdTime\"", "\"lastModifiedTime\"");
        });
    }

    @Test
    void createsTheTableAndASampleRecordInABaseForAMinimalConfiguration() {
        server.stubFor(get(TABLES).willReturn(okJson(AirtableJson.tables(AirtableJson.otherTable()))));
        server.stubFor(post(TABLES).willReturn(okJson(AirtableJson.chatSessions())));
        server.stubFor(post("/v0/" + BASE + "/" + TABLE).willReturn(okJson(AirtableJson.record())));

        ProvisionResult result = airtable.provisionInBase(BASE, MINIMAL);

        assertThat(result.created()).isTrue();
        assertThat(result.url()).isEqualTo("https://airtable.com/" + BASE + "/" + TABLE);
        assertThat(result.envLines()).containsExactly("AIRTABLE_BASE_ID=" + BASE, "AIRTABLE_TABLE_ID=" + TABLE);
        server.verify(1, postRequestedFor(urlEqualTo(TABLES)).withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(AirtableJson.minimalTableBody(), false, true)));
        server.verify(1, postRequestedFor(urlEqualTo("/v0/" + BASE + "/" + TABLE))
                .withRequestBody(equalToJson("""
                        {"records":[{"fields":{"Session":"Sample session (safe to delete)","Platform":"cli-interface",
                          "Status":"active","User":"sample","Started":"2026-01-01T12:00:00.000Z",
                          "Last Activity":"2026-01-01T12:00:00.000Z","Messages":2,"Duration":42,
                          "Tags":["question"],"Scope":"user"}}]}""", false, true)));
        verifyEveryRequestAuthenticatedAndNoComputedTimeFields();
    }

    @Test
    void createsAWholeBaseInAWorkspaceForAFullConfiguration() {
        server.stubFor(get("/v0/meta/bases").willReturn(okJson("{\"bases\":[{\"id\":\"appOLD00000000001\","
                + "\"name\":\"Full Bot\",\"permissionLevel\":\"create\"}],\"offset\":\"itr1/page2\"}")));
        server.stubFor(get("/v0/meta/bases?offset=itr1%2Fpage2").willReturn(okJson("{\"bases\":[{\"id\":"
                + "\"appOLD00000000002\",\"name\":\"CRM\",\"permissionLevel\":\"read\"}]}")));
        server.stubFor(post("/v0/meta/bases").willReturn(okJson("{\"id\":\"" + NEW_BASE + "\",\"tables\":["
                + AirtableJson.chatSessions() + "]}")));
        server.stubFor(get("/v0/meta/bases/" + NEW_BASE + "/tables")
                .willReturn(okJson(AirtableJson.tables(AirtableJson.chatSessions()))));
        server.stubFor(post("/v0/" + NEW_BASE + "/" + TABLE).willReturn(okJson(AirtableJson.record())));

        ProvisionResult result = airtable.provisionInWorkspace(WORKSPACE, "Full Bot", FULL);

        assertThat(result.env()).containsEntry("AIRTABLE_BASE_ID", NEW_BASE).containsEntry("AIRTABLE_TABLE_ID", TABLE);
        server.verify(1, postRequestedFor(urlEqualTo("/v0/meta/bases"))
                .withRequestBody(matchingJsonPath("$.name", equalTo("Full Bot")))
                .withRequestBody(matchingJsonPath("$.workspaceId", equalTo(WORKSPACE)))
                .withRequestBody(matchingJsonPath("$.tables[0].name", equalTo("Chat Sessions")))
                .withRequestBody(matchingJsonPath("$.tables[0].fields[0].type", equalTo("singleLineText")))
                .withRequestBody(matchingJsonPath("$.tables[0].fields[?(@.name == 'Language')].options.choices[2].name",
                        equalTo("de")))
                .withRequestBody(matchingJsonPath("$.tables[0].fields[?(@.name == 'AI Replies')].type",
                        equalTo("number")))
                .withRequestBody(matchingJsonPath("$.tables[0].fields[?(@.name == 'Last Backup')].type",
                        equalTo("date"))));
        verifyEveryRequestAuthenticatedAndNoComputedTimeFields();
    }

    @Test
    void anExistingTableGetsOnlyItsMissingFieldsAndReportsWrongTypes() {
        server.stubFor(get(TABLES).willReturn(okJson(AirtableJson.tables(AirtableJson.handMadeTable()))));
        String fields = TABLES + "/" + TABLE + "/fields";
        server.stubFor(post(fields).willReturn(okJson("{\"id\":\"fldNEW\",\"name\":\"x\",\"type\":\"x\"}")));

        ProvisionResult result = airtable.provisionInBase(BASE, MINIMAL);

        assertThat(result.created()).isFalse();
        assertThat(result.added()).extracting(SessionField::name).containsExactly("Summary", "Tags");
        assertThat(result.drift().lines()).containsExactly("wrong type: Messages: is singleLineText, expected number");
        server.verify(1, postRequestedFor(urlEqualTo(fields)).withRequestBody(equalToJson(
                "{\"name\":\"Summary\",\"type\":\"multilineText\"}", false, true)));
        server.verify(1, postRequestedFor(urlEqualTo(fields)).withRequestBody(equalToJson(
                "{\"name\":\"Tags\",\"type\":\"multipleSelects\",\"options\":{\"choices\":[{\"name\":\"question\"},"
                        + "{\"name\":\"feedback\"},{\"name\":\"bug\"},{\"name\":\"follow-up\"}]}}", false, true)));
        server.verify(2, postRequestedFor(urlEqualTo(fields)));
        server.verify(0, postRequestedFor(urlEqualTo(TABLES)));
    }

    @Test
    void checkReportsDriftWithoutChangingAnything() {
        server.stubFor(get(TABLES).willReturn(okJson(AirtableJson.tables(AirtableJson.handMadeTable()))));

        ProvisionResult result = airtable.check(BASE, MINIMAL).orElseThrow();

        assertThat(result.drift().lines()).containsExactly("missing: Summary (LONG_TEXT)",
                "missing: Tags (MULTI_SELECT)", "wrong type: Messages: is singleLineText, expected number");
        server.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void aDroppedConnectionDuringTheCreateLooksAndFindsTheTableInsteadOfCreatingASecond() {
        server.stubFor(get(TABLES).inScenario("t").whenScenarioStateIs(STARTED)
                .willReturn(okJson(AirtableJson.tables(AirtableJson.otherTable()))));
        server.stubFor(post(TABLES).inScenario("t").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("created"));
        server.stubFor(get(TABLES).inScenario("t").whenScenarioStateIs("created")
                .willReturn(okJson(AirtableJson.tables(AirtableJson.otherTable(), AirtableJson.chatSessions()))));
        server.stubFor(post("/v0/" + BASE + "/" + TABLE).willReturn(okJson(AirtableJson.record())));

        ProvisionResult result = airtable.provisionInBase(BASE, MINIMAL);

        assertThat(result.env()).containsEntry("AIRTABLE_TABLE_ID", TABLE);
        server.verify(1, postRequestedFor(urlEqualTo(TABLES)));
    }

    @Test
    void aBaseWhoseCreateDroppedIsFoundAmongTheNewBasesNotMadeTwice() {
        String before = "{\"bases\":[{\"id\":\"appOLD00000000001\",\"name\":\"Min Bot\",\"permissionLevel\":\"create\"}]}";
        server.stubFor(get("/v0/meta/bases").inScenario("b").whenScenarioStateIs(STARTED).willReturn(okJson(before)));
        server.stubFor(post("/v0/meta/bases").inScenario("b").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)).willSetStateTo("created"));
        server.stubFor(get("/v0/meta/bases").inScenario("b").whenScenarioStateIs("created").willReturn(okJson(
                "{\"bases\":[{\"id\":\"appOLD00000000001\",\"name\":\"Min Bot\",\"permissionLevel\":\"create\"},"
                        + "{\"id\":\"" + NEW_BASE + "\",\"name\":\"Min Bot\",\"permissionLevel\":\"create\"}]}")));
        server.stubFor(get("/v0/meta/bases/" + NEW_BASE + "/tables")
                .willReturn(okJson(AirtableJson.tables(AirtableJson.chatSessions()))));
        server.stubFor(post("/v0/" + NEW_BASE + "/" + TABLE).willReturn(okJson(AirtableJson.record())));

        ProvisionResult result = airtable.provisionInWorkspace(WORKSPACE, "Min Bot", MINIMAL);

        // The older base of the same name is not taken for the new one.
        assertThat(result.env()).containsEntry("AIRTABLE_BASE_ID", NEW_BASE);
        server.verify(1, postRequestedFor(urlEqualTo("/v0/meta/bases")));
    }

    @Test
    void aReadThatFailsWith500IsRetried() {
        server.stubFor(get(TABLES).inScenario("t").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(500).withBody("{\"error\":{\"type\":\"SERVER_ERROR\"}}"))
                .willSetStateTo("ok"));
        server.stubFor(get(TABLES).inScenario("t").whenScenarioStateIs("ok")
                .willReturn(okJson(AirtableJson.tables(AirtableJson.chatSessions()))));

        assertThat(airtable.check(BASE, MINIMAL).orElseThrow().drift().isEmpty()).isTrue();
        server.verify(2, getRequestedFor(urlEqualTo(TABLES)));
    }

    @Test
    void aCreateAnsweredTooLateIsFoundNotRepeated() {
        server.stubFor(get(TABLES).inScenario("t").whenScenarioStateIs(STARTED)
                .willReturn(okJson(AirtableJson.tables())));
        server.stubFor(post(TABLES).inScenario("t").whenScenarioStateIs(STARTED)
                .willReturn(okJson(AirtableJson.chatSessions()).withFixedDelay(2500)).willSetStateTo("created"));
        server.stubFor(get(TABLES).inScenario("t").whenScenarioStateIs("created")
                .willReturn(okJson(AirtableJson.tables(AirtableJson.chatSessions()))));
        server.stubFor(post("/v0/" + BASE + "/" + TABLE).willReturn(okJson(AirtableJson.record())));

        assertThat(airtable.provisionInBase(BASE, MINIMAL).env()).containsEntry("AIRTABLE_TABLE_ID", TABLE);
        server.verify(1, postRequestedFor(urlEqualTo(TABLES)));
    }

    @Test
    void a429OnTheCreateWaitsAndCreatesOnce() {
        server.stubFor(get(TABLES).willReturn(okJson(AirtableJson.tables())));
        server.stubFor(post(TABLES).inScenario("t").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withBody("{\"errors\":[{\"error\":\"RATE_LIMIT_REACHED\"}]}"))
                .willSetStateTo("ok"));
        server.stubFor(post(TABLES).inScenario("t").whenScenarioStateIs("ok")
                .willReturn(okJson(AirtableJson.chatSessions())));
        server.stubFor(post("/v0/" + BASE + "/" + TABLE).willReturn(okJson(AirtableJson.record())));

        long start = System.nanoTime();
        airtable.provisionInBase(BASE, MINIMAL);

        // The fake settings wait 150 ms after a 429 without Retry-After (Airtable's documented 30 s by default).
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(145));
        server.verify(2, postRequestedFor(urlEqualTo(TABLES)));
    }

    @Test
    void byDefaultWaits30SecondsAfterA429AndKeeps5RequestsPerSecond() {
        assertThat(AirtableProvisioner.defaultSettings().waitAfter429()).isEqualTo(Duration.ofSeconds(30));
        assertThat(AirtableProvisioner.defaultSettings().requestsPerSecond()).isEqualTo(5);
    }

    @Test
    void aBaseWithoutPermissionIsATypedError() {
        server.stubFor(get(TABLES).willReturn(aResponse().withStatus(403).withBody("{\"error\":{\"type\":"
                + "\"INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND\",\"message\":\"Invalid permissions, or the requested "
                + "model was not found. Check that both your user and your token have the required permissions, "
                + "and that the model names and/or ids are correct.\"}}")));

        assertThatThrownBy(() -> airtable.provisionInBase(BASE, MINIMAL))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.code()).isEqualTo("INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND");
                    assertThat(e.getMessage()).doesNotContain(FakeService.TOKEN);
                });
        server.verify(1, getRequestedFor(urlEqualTo(TABLES)));
    }

    @Test
    void anInvalidTokenIsATypedError() {
        server.stubFor(get("/v0/meta/bases").willReturn(aResponse().withStatus(401).withBody(
                "{\"error\":{\"type\":\"AUTHENTICATION_REQUIRED\",\"message\":\"Authentication required\"}}")));

        assertThatThrownBy(airtable::bases).isInstanceOfSatisfying(ServiceException.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.getMessage()).isEqualTo("Airtable answered 401 AUTHENTICATION_REQUIRED: Authentication "
                    + "required (check the Airtable token)");
        });
    }

    @Test
    void writesRecordsInBatchesOfAtMostTen() {
        server.stubFor(post("/v0/" + BASE + "/" + TABLE).willReturn(okJson(AirtableJson.record())));
        List<ObjectNode> records = IntStream.range(0, 23)
                .mapToObj(i -> JsonNodeFactory.instance.objectNode().put("Session", "s" + i)).toList();

        airtable.createRecords(BASE, TABLE, records);

        List<Integer> sizes = server.findAll(postRequestedFor(urlPathEqualTo("/v0/" + BASE + "/" + TABLE))).stream()
                .map(request -> read(request.getBodyAsString()).path("records").size()).toList();
        assertThat(sizes).containsExactly(10, 10, 3);
    }

    @Test
    void malformedIdsFailBeforeAnyRequest() {
        assertThatThrownBy(() -> airtable.provisionInBase("base1", MINIMAL)).isInstanceOf(InvalidInputException.class)
                .hasMessage("baseId: must be a base id (app followed by 14 letters or digits)");
        assertThatThrownBy(() -> airtable.provisionInWorkspace(BASE, "x", MINIMAL))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("workspaceId: must be a workspace id");
        assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
