package dev.csmb.server;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The Notion and Airtable endpoints against a fake service on loopback; the token is never echoed or logged. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "csmb.rate-limit.requests=100000")
@ExtendWith(OutputCaptureExtension.class)
class IntegrationApiTests {

    static final String TOKEN = "ntn_SERVERTESTTOKEN_never_printed_0123456789";
    static final String BEARER = "Bearer " + TOKEN;
    static final String PAGE = "af5f89b5-a8ff-4c56-a5e8-69797d11b9f8";
    static final String DATABASE = "842a0286-cef0-46a8-abba-eac4c8ca644e";
    static final String DATA_SOURCE = "2f26ee68-df30-4251-aad4-8ddc420cba3d";
    static final String BASE = "appTESTBASE000001";
    static final String TABLE = "tblSESSIONS000001";

    static final WireMockServer FAKE = FakeServices.start();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("csmb.notion-url", () -> FakeServices.url(FAKE));
        registry.add("csmb.airtable-url", () -> FakeServices.url(FAKE));
    }

    @AfterAll
    static void stop() {
        FAKE.stop();
    }

    @Value("${local.server.port}")
    int port;

    Http http;

    @BeforeEach
    void reset() {
        FAKE.resetAll();
        http = new Http(port);
    }

    private String body(String target, String id) {
        return "{\"" + target + "\":\"" + id + "\",\"configuration\":" + Configs.validJson() + "}";
    }

    @Test
    void notionDatabasesAreListed(CapturedOutput output) {
        FAKE.stubFor(post("/v1/search").willReturn(okJson("{\"object\":\"list\",\"results\":[" + dataSource()
                + "],\"has_more\":false,\"next_cursor\":null}")));
        HttpResponse<String> response = http.get("/api/v1/integrations/notion/databases", "Authorization", BEARER);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode first = Http.json(response).get(0);
        assertThat(first.get("id").asString()).isEqualTo(DATA_SOURCE);
        assertThat(first.get("title").asString()).isEqualTo("Chat Sessions");
        FAKE.verify(postRequestedFor(urlEqualTo("/v1/search")).withHeader("Authorization", equalTo(BEARER)));
        assertThat(output.getAll()).doesNotContain(TOKEN);
    }

    @Test
    void aNotionDatabaseIsCreatedOnThePage(CapturedOutput output) {
        FAKE.stubFor(post("/v1/search").willReturn(okJson(
                "{\"object\":\"list\",\"results\":[],\"has_more\":false,\"next_cursor\":null}")));
        FAKE.stubFor(post("/v1/databases").willReturn(okJson("""
                {"object":"database","id":"%s","url":"https://www.notion.so/842a0286cef046a8abbaeac4c8ca644e",
                 "title":[{"type":"text","text":{"content":"Chat Sessions"},"plain_text":"Chat Sessions"}],
                 "parent":{"type":"page_id","page_id":"%s"},
                 "data_sources":[{"id":"%s","name":"Chat Sessions"}]}""".formatted(DATABASE, PAGE, DATA_SOURCE))));
        FAKE.stubFor(post("/v1/pages").willReturn(okJson("{\"object\":\"page\",\"id\":\"59833787-2cf9-4fdf-8782-e53db20768a5\"}")));

        HttpResponse<String> response = http.postJson("/api/v1/integrations/notion/database",
                body("parentPageId", PAGE), "Authorization", BEARER);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = Http.json(response);
        assertThat(result.get("created").asBoolean()).isTrue();
        assertThat(result.get("service").asString()).isEqualTo("Notion");
        assertThat(result.get("envLines").get(0).asString()).isEqualTo("NOTION_DATABASE_ID=" + DATABASE);
        FAKE.verify(1, postRequestedFor(urlEqualTo("/v1/databases")).withHeader("Authorization", equalTo(BEARER)));
        assertThat(response.body()).doesNotContain(TOKEN);
        assertThat(output.getAll()).doesNotContain(TOKEN);
    }

    @Test
    void airtableBasesAreListed() {
        FAKE.stubFor(get("/v0/meta/bases").willReturn(okJson("{\"bases\":[{\"id\":\"" + BASE
                + "\",\"name\":\"Support\",\"permissionLevel\":\"create\"}]}")));
        HttpResponse<String> response = http.get("/api/v1/integrations/airtable/bases", "Authorization", BEARER);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Http.json(response).get(0).get("id").asString()).isEqualTo(BASE);
        assertThat(Http.json(response).get(0).get("name").asString()).isEqualTo("Support");
    }

    @Test
    void anAirtableTableIsCreatedInTheBase(CapturedOutput output) {
        String tables = "/v0/meta/bases/" + BASE + "/tables";
        FAKE.stubFor(get(tables).willReturn(okJson("{\"tables\":[]}")));
        FAKE.stubFor(post(tables).willReturn(okJson(chatSessionsTable())));
        FAKE.stubFor(post("/v0/" + BASE + "/" + TABLE).willReturn(okJson("{\"records\":[{\"id\":"
                + "\"recSAMPLE00000001\",\"createdTime\":\"2026-01-01T12:00:00.000Z\",\"fields\":{}}]}")));

        HttpResponse<String> response = http.postJson("/api/v1/integrations/airtable/base", body("baseId", BASE),
                "Authorization", BEARER);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = Http.json(response);
        assertThat(result.get("url").asString()).isEqualTo("https://airtable.com/" + BASE + "/" + TABLE);
        assertThat(result.get("envLines").get(0).asString()).isEqualTo("AIRTABLE_BASE_ID=" + BASE);
        FAKE.verify(1, postRequestedFor(urlEqualTo(tables)).withHeader("Authorization", equalTo(BEARER)));
        assertThat(output.getAll()).doesNotContain(TOKEN);
    }

    @Test
    void aRateLimitedServiceIsA429WithRetryAfter(CapturedOutput output) {
        FAKE.stubFor(post("/v1/search").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "600")
                .withHeader("Content-Type", "application/json")
                .withBody("{\"object\":\"error\",\"status\":429,\"code\":\"rate_limited\",\"message\":\"slow down\"}")));

        HttpResponse<String> response = http.get("/api/v1/integrations/notion/databases", "Authorization", BEARER);

        ApiTests.assertProblem(response, 429, "token", "service-rate-limited");
        assertThat(response.headers().firstValue("Retry-After")).hasValue("600");
        assertThat(Http.json(response).get("detail").asString()).contains("Notion answered 429");
        assertThat(response.body()).doesNotContain(TOKEN);
        assertThat(output.getAll()).doesNotContain(TOKEN);
    }

    @Test
    void aRefusedTokenIsA400NamingTheHeaderWithoutRepeatingIt() {
        FAKE.stubFor(get("/v0/meta/bases").willReturn(aResponse().withStatus(401).withHeader("Content-Type",
                "application/json").withBody("{\"error\":{\"type\":\"AUTHENTICATION_REQUIRED\",\"message\":\"bad\"}}")));
        HttpResponse<String> response = http.get("/api/v1/integrations/airtable/bases", "Authorization", BEARER);
        ApiTests.assertProblem(response, 400, "Authorization", "service-refused-token");
        assertThat(response.body()).doesNotContain(TOKEN);
    }

    @Test
    void badIntegrationRequestsAreProblemsAndReachNoService() {
        ApiTests.assertProblem(http.get("/api/v1/integrations/notion/databases"), 400, "Authorization",
                "missing-token");
        ApiTests.assertProblem(http.postJson("/api/v1/integrations/notion/database", body("parentPageId", "nope"),
                "Authorization", BEARER), 400, "parentPageId", "invalid-notion-id");
        ApiTests.assertProblem(http.postJson("/api/v1/integrations/airtable/base", "{\"baseId\":\"" + BASE + "\"}",
                "Authorization", BEARER), 400, "configuration", "required");
        ApiTests.assertProblem(http.postJson("/api/v1/integrations/airtable/base",
                "{\"configuration\":" + Configs.validJson() + "}", "Authorization", BEARER), 400, "baseId", "one-of");
        assertThat(FAKE.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    private static String dataSource() {
        return """
                {"object":"data_source","id":"%s",
                 "title":[{"type":"text","text":{"content":"Chat Sessions"},"plain_text":"Chat Sessions"}],
                 "parent":{"type":"database_id","database_id":"%s"},
                 "database_parent":{"type":"page_id","page_id":"%s"}}""".formatted(DATA_SOURCE, DATABASE, PAGE);
    }

    private static String chatSessionsTable() {
        return """
                {"id":"%s","name":"Chat Sessions","primaryFieldId":"fld01","views":[],"fields":[
                  {"id":"fld01","name":"Session","type":"singleLineText"},
                  {"id":"fld02","name":"Platform","type":"singleSelect","options":{"choices":[]}},
                  {"id":"fld03","name":"Status","type":"singleSelect","options":{"choices":[]}},
                  {"id":"fld04","name":"User","type":"singleLineText"},
                  {"id":"fld05","name":"Started","type":"dateTime","options":{}},
                  {"id":"fld06","name":"Last Activity","type":"dateTime","options":{}},
                  {"id":"fld07","name":"Summary","type":"multilineText"},
                  {"id":"fld08","name":"Messages","type":"number","options":{"precision":0}},
                  {"id":"fld09","name":"Duration","type":"duration","options":{}},
                  {"id":"fld10","name":"Tags","type":"multipleSelects","options":{"choices":[]}},
                  {"id":"fld11","name":"Follow-up","type":"date","options":{}},
                  {"id":"fld12","name":"Scope","type":"singleSelect","options":{"choices":[]}}
                ]}""".formatted(TABLE);
    }
}
