package dev.csmb.integrations.notion;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.csmb.integrations.notion.NotionJson.DATABASE;
import static dev.csmb.integrations.notion.NotionJson.DATA_SOURCE;
import static dev.csmb.integrations.notion.NotionJson.OTHER_PAGE;
import static dev.csmb.integrations.notion.NotionJson.PAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.csmb.api.InvalidInputException;
import dev.csmb.integrations.Configurations;
import dev.csmb.integrations.FakeService;
import dev.csmb.integrations.ProvisionResult;
import dev.csmb.integrations.http.Secret;
import dev.csmb.integrations.http.ServiceException;
import dev.csmb.integrations.schema.SessionField;
import dev.csmb.integrations.schema.SessionSchema;
import dev.csmb.integrations.schema.SessionSchemas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Notion provisioning against a fake Notion on loopback that checks headers and bodies. */
class NotionProvisionerTests {

    private static final SessionSchema MINIMAL = SessionSchemas.forConfiguration(Configurations.minimal());
    private static final SessionSchema FULL = SessionSchemas.forConfiguration(Configurations.full());

    private FakeService fake;
    private WireMockServer server;
    private NotionProvisioner notion;

    @BeforeEach
    void start() {
        fake = new FakeService();
        server = fake.server();
        notion = new NotionProvisioner(Secret.of(FakeService.TOKEN), fake.settings());
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private void stubSearch(String body) {
        server.stubFor(post("/v1/search").willReturn(okJson(body)));
    }

    private void stubSampleRow() {
        server.stubFor(post("/v1/pages").willReturn(okJson(NotionJson.page())));
    }

    private void verifyEveryRequestAuthenticatedAndVersioned() {
        int all = server.findAll(anyRequestedFor(anyUrl())).size();
        assertThat(all).isPositive();
        server.verify(all, anyRequestedFor(anyUrl())
                .withHeader("Authorization", equalTo("Bearer " + FakeService.TOKEN))
                .withHeader("Notion-Version", equalTo("2025-09-03")));
    }

    @Test
    void createsTheDatabaseAndASampleRowForAMinimalConfiguration() {
        stubSearch(NotionJson.emptySearch());
        server.stubFor(post("/v1/databases").willReturn(okJson(NotionJson.createdDatabase())));
        stubSampleRow();

        ProvisionResult result = notion.provision(PAGE.replace("-", ""), MINIMAL);

        assertThat(result.created()).isTrue();
        assertThat(result.url()).isEqualTo("https://www.notion.so/842a0286cef046a8abbaeac4c8ca644e");
        assertThat(result.envLines()).containsExactly("NOTION_DATABASE_ID=" + DATABASE,
                "NOTION_DATA_SOURCE_ID=" + DATA_SOURCE);
        server.verify(postRequestedFor(urlEqualTo("/v1/search"))
                .withRequestBody(equalToJson("{\"query\":\"Chat Sessions\",\"filter\":{\"property\":\"object\","
                        + "\"value\":\"data_source\"},\"page_size\":100}")));
        server.verify(1, postRequestedFor(urlEqualTo("/v1/databases"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(NotionJson.minimalCreateBody(), false, false)));
        server.verify(1, postRequestedFor(urlEqualTo("/v1/pages"))
                .withRequestBody(matchingJsonPath("$.parent.type", equalTo("data_source_id")))
                .withRequestBody(matchingJsonPath("$.parent.data_source_id", equalTo(DATA_SOURCE)))
                .withRequestBody(matchingJsonPath("$.properties.Session.title[0].text.content",
                        equalTo("Sample session (safe to delete)")))
                .withRequestBody(matchingJsonPath("$.properties.Status.select.name", equalTo("active")))
                .withRequestBody(matchingJsonPath("$.properties.Messages.number", equalTo("2")))
                .withRequestBody(matchingJsonPath("$.properties.Started", absent())));
        verifyEveryRequestAuthenticatedAndVersioned();
    }

    @Test
    void aDatabaseInTheTrashIsNotReused() {
        String trashed = NotionJson.dataSource("99999999-9999-9999-9999-999999999999",
                "88888888-8888-8888-8888-888888888888", PAGE).replace("\"object\":\"data_source\",",
                "\"object\":\"data_source\",\"in_trash\":true,");
        stubSearch(NotionJson.search(trashed));
        server.stubFor(post("/v1/databases").willReturn(okJson(NotionJson.createdDatabase())));
        stubSampleRow();

        ProvisionResult result = notion.provision(PAGE, MINIMAL);

        assertThat(result.created()).isTrue();
        assertThat(result.env()).containsEntry("NOTION_DATA_SOURCE_ID", DATA_SOURCE);
        server.verify(1, postRequestedFor(urlEqualTo("/v1/databases")));
    }

    @Test
    void aFullConfigurationAddsAPropertyPerPriorityAndFeature() {
        stubSearch(NotionJson.emptySearch());
        server.stubFor(post("/v1/databases").willReturn(okJson(NotionJson.createdDatabase())));
        stubSampleRow();

        notion.provision(PAGE, FULL);

        server.verify(1, postRequestedFor(urlEqualTo("/v1/databases"))
                .withRequestBody(matchingJsonPath("$.initial_data_source.properties.Platform.select.options[0].name",
                        equalTo("web-chat")))
                .withRequestBody(matchingJsonPath("$.initial_data_source.properties.Role.select.options[1].name",
                        equalTo("admin")))
                .withRequestBody(matchingJsonPath("$.initial_data_source.properties.Language.select.options[2].name",
                        equalTo("de")))
                .withRequestBody(matchingJsonPath("$.initial_data_source.properties['AI Replies'].number.format",
                        equalTo("number")))
                .withRequestBody(equalToJson("{\"initial_data_source\":{\"properties\":{\"Instance\":{\"rich_text\":{}},"
                        + "\"Last Backup\":{\"date\":{}},\"Branch\":{\"rich_text\":{}}}}}", false, true)));
        verifyEveryRequestAuthenticatedAndVersioned();
    }

    @Test
    void anExistingDatabaseGetsOnlyItsMissingPropertiesAndReportsWrongTypes() {
        stubSearch(NotionJson.search(NotionJson.dataSource("99999999-9999-9999-9999-999999999999",
                "88888888-8888-8888-8888-888888888888", OTHER_PAGE), NotionJson.dataSource(DATA_SOURCE, DATABASE,
                PAGE)));
        server.stubFor(get("/v1/data_sources/" + DATA_SOURCE).willReturn(okJson(existingProperties())));
        server.stubFor(patch(urlEqualTo("/v1/data_sources/" + DATA_SOURCE)).willReturn(okJson("{}")));

        ProvisionResult result = notion.provision(PAGE, MINIMAL);

        assertThat(result.created()).isFalse();
        assertThat(result.envLines()).contains("NOTION_DATA_SOURCE_ID=" + DATA_SOURCE);
        assertThat(result.added()).extracting(SessionField::name).containsExactly("Summary", "Tags");
        assertThat(result.drift().missing()).isEmpty();
        assertThat(result.drift().lines()).containsExactly("wrong type: Messages: is rich_text, expected number");
        server.verify(1, patchRequestedFor(urlEqualTo("/v1/data_sources/" + DATA_SOURCE))
                .withRequestBody(equalToJson("{\"properties\":{\"Summary\":{\"rich_text\":{}},"
                        + "\"Tags\":{\"multi_select\":{\"options\":[{\"name\":\"question\"},{\"name\":\"feedback\"},"
                        + "{\"name\":\"bug\"},{\"name\":\"follow-up\"}]}}}}", false, true)));
        server.verify(0, postRequestedFor(urlEqualTo("/v1/databases")));
        server.verify(0, postRequestedFor(urlEqualTo("/v1/pages")));
    }

    /** "Name" as the title, Status as a Notion status, Messages as text; no Summary, no Tags. */
    private static String existingProperties() {
        return """
                {"object":"data_source","id":"%s","properties":{
                  "Name":{"id":"title","name":"Name","type":"title","title":{}},
                  "Platform":{"id":"a","name":"Platform","type":"select","select":{"options":[]}},
                  "Status":{"id":"b","name":"Status","type":"status","status":{"options":[]}},
                  "User":{"id":"c","name":"User","type":"rich_text","rich_text":{}},
                  "Started":{"id":"d","name":"Started","type":"created_time","created_time":{}},
                  "last activity":{"id":"e","name":"last activity","type":"last_edited_time","last_edited_time":{}},
                  "Messages":{"id":"f","name":"Messages","type":"rich_text","rich_text":{}},
                  "Duration":{"id":"g","name":"Duration","type":"number","number":{"format":"number"}},
                  "Follow-up":{"id":"h","name":"Follow-up","type":"date","date":{}},
                  "Scope":{"id":"i","name":"Scope","type":"select","select":{"options":[]}},
                  "Owner notes":{"id":"j","name":"Owner notes","type":"rich_text","rich_text":{}}
                }}""".formatted(DATA_SOURCE);
    }

    @Test
    void checkReportsDriftWithoutChangingAnything() {
        stubSearch(NotionJson.search(NotionJson.dataSource(DATA_SOURCE, DATABASE, PAGE)));
        server.stubFor(get("/v1/data_sources/" + DATA_SOURCE).willReturn(okJson(existingProperties())));

        ProvisionResult result = notion.check(PAGE, MINIMAL).orElseThrow();

        assertThat(result.drift().lines()).containsExactly("missing: Summary (LONG_TEXT)",
                "missing: Tags (MULTI_SELECT)", "wrong type: Messages: is rich_text, expected number");
        server.verify(0, patchRequestedFor(anyUrl()));
        assertThat(notion.check(OTHER_PAGE, MINIMAL)).isEmpty();
    }

    @Test
    void aDroppedConnectionDuringTheCreateLooksAndFindsTheDatabaseInsteadOfCreatingASecond() {
        server.stubFor(post("/v1/search").inScenario("db").whenScenarioStateIs(STARTED)
                .willReturn(okJson(NotionJson.emptySearch())));
        server.stubFor(post("/v1/databases").inScenario("db").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("created"));
        server.stubFor(post("/v1/search").inScenario("db").whenScenarioStateIs("created")
                .willReturn(okJson(NotionJson.search(NotionJson.dataSource(DATA_SOURCE, DATABASE, PAGE)))));
        stubSampleRow();

        ProvisionResult result = notion.provision(PAGE, MINIMAL);

        assertThat(result.created()).isTrue();
        assertThat(result.env()).containsEntry("NOTION_DATA_SOURCE_ID", DATA_SOURCE);
        server.verify(1, postRequestedFor(urlEqualTo("/v1/databases")));
        server.verify(1, postRequestedFor(urlEqualTo("/v1/pages")));
    }

    @Test
    void aSampleRowWhoseAnswerWasLostIsFoundByQueryNotAddedTwice() {
        stubSearch(NotionJson.emptySearch());
        server.stubFor(post("/v1/databases").willReturn(okJson(NotionJson.createdDatabase())));
        server.stubFor(post("/v1/pages").inScenario("row").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("written"));
        String query = "/v1/data_sources/" + DATA_SOURCE + "/query";
        server.stubFor(post(query).inScenario("row").whenScenarioStateIs("written")
                .willReturn(okJson("{\"object\":\"list\",\"results\":[" + NotionJson.page() + "],"
                        + "\"has_more\":false}")));

        assertThat(notion.provision(PAGE, MINIMAL).created()).isTrue();

        server.verify(1, postRequestedFor(urlEqualTo("/v1/pages")));
        server.verify(1, postRequestedFor(urlEqualTo(query)).withRequestBody(equalToJson(
                "{\"filter\":{\"property\":\"Session\",\"title\":{\"equals\":\"Sample session (safe to delete)\"}},"
                        + "\"page_size\":1}")));
    }

    @Test
    void aCreateAnsweredTooLateIsFoundNotRepeated() {
        server.stubFor(post("/v1/search").inScenario("db").whenScenarioStateIs(STARTED)
                .willReturn(okJson(NotionJson.emptySearch())));
        server.stubFor(post("/v1/databases").inScenario("db").whenScenarioStateIs(STARTED)
                .willReturn(okJson(NotionJson.createdDatabase()).withFixedDelay(2500)).willSetStateTo("created"));
        server.stubFor(post("/v1/search").inScenario("db").whenScenarioStateIs("created")
                .willReturn(okJson(NotionJson.search(NotionJson.dataSource(DATA_SOURCE, DATABASE, PAGE)))));
        stubSampleRow();

        ProvisionResult result = notion.provision(PAGE, MINIMAL);

        assertThat(result.env()).containsEntry("NOTION_DATABASE_ID", DATABASE);
        server.verify(1, postRequestedFor(urlEqualTo("/v1/databases")));
    }

    @Test
    void a500OnTheCreateLooksFindsNothingAndCreatesOnce() {
        stubSearch(NotionJson.emptySearch());
        server.stubFor(post("/v1/databases").inScenario("db").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(500).withBody("{\"object\":\"error\",\"status\":500,"
                        + "\"code\":\"internal_server_error\",\"message\":\"Unexpected error.\"}"))
                .willSetStateTo("failed once"));
        server.stubFor(post("/v1/databases").inScenario("db").whenScenarioStateIs("failed once")
                .willReturn(okJson(NotionJson.createdDatabase())));
        stubSampleRow();

        ProvisionResult result = notion.provision(PAGE, MINIMAL);

        assertThat(result.created()).isTrue();
        server.verify(2, postRequestedFor(urlEqualTo("/v1/databases")));
        // one search before the first create, one look after the 500
        server.verify(2, postRequestedFor(urlEqualTo("/v1/search")));
    }

    @Test
    void aRateLimitedSearchWaitsAndSucceeds() {
        server.stubFor(post("/v1/search").inScenario("rl").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1").withBody(
                        "{\"object\":\"error\",\"status\":429,\"code\":\"rate_limited\",\"message\":\"Slow down.\"}"))
                .willSetStateTo("ok"));
        server.stubFor(post("/v1/search").inScenario("rl").whenScenarioStateIs("ok")
                .willReturn(okJson(NotionJson.search(NotionJson.dataSource(DATA_SOURCE, DATABASE, PAGE)))));

        assertThat(notion.dataSources()).extracting(NotionDataSource::id).containsExactly(DATA_SOURCE);
        server.verify(2, postRequestedFor(urlEqualTo("/v1/search")));
    }

    @Test
    void searchFollowsCursors() {
        server.stubFor(post("/v1/search").withRequestBody(matchingJsonPath("$.start_cursor", equalTo("c2")))
                .willReturn(okJson(NotionJson.search(NotionJson.dataSource(DATA_SOURCE, DATABASE, PAGE)))));
        server.stubFor(post("/v1/search").withRequestBody(equalToJson("{\"filter\":{\"property\":\"object\","
                + "\"value\":\"data_source\"},\"page_size\":100}")).willReturn(okJson("{\"object\":\"list\","
                + "\"results\":[" + NotionJson.dataSource("99999999-9999-9999-9999-999999999999", DATABASE, PAGE)
                + "],\"has_more\":true,\"next_cursor\":\"c2\"}")));

        assertThat(notion.dataSources()).extracting(NotionDataSource::id)
                .containsExactly("99999999-9999-9999-9999-999999999999", DATA_SOURCE);
    }

    @Test
    void anUnsharedParentPageIsATypedErrorWithAHint() {
        stubSearch(NotionJson.emptySearch());
        server.stubFor(post("/v1/databases").willReturn(aResponse().withStatus(404).withBody(
                "{\"object\":\"error\",\"status\":404,\"code\":\"object_not_found\",\"message\":\"Could not find "
                        + "page with ID: " + PAGE + ".\",\"request_id\":\"req-404\"}")));

        assertThatThrownBy(() -> notion.provision(PAGE, MINIMAL))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.code()).isEqualTo("object_not_found");
                    assertThat(e.isInputProblem()).isTrue();
                    assertThat(e.getMessage()).contains("share the page with the integration")
                            .contains("[request id req-404]").doesNotContain(FakeService.TOKEN);
                });
        server.verify(1, postRequestedFor(urlEqualTo("/v1/databases")));
    }

    @Test
    void aMalformedPageIdFailsBeforeAnyRequest() {
        assertThatThrownBy(() -> notion.provision("my page", MINIMAL))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("parentPageId: must be a Notion id");
        assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }
}
