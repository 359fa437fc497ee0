package dev.csmb.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code csmb provision} end to end in-process, against a fake Notion and Airtable on 127.0.0.1. */
class ProvisionCommandTests {

    private static final String TOKEN = "secret_TOKEN_that_must_never_be_printed_42";
    private static final String PAGE = "af5f89b5-a8ff-4c56-a5e8-69797d11b9f8";
    private static final String DATABASE = "842a0286-cef0-46a8-abba-eac4c8ca644e";
    private static final String DATA_SOURCE = "2f26ee68-df30-4251-aad4-8ddc420cba3d";
    private static final String BASE = "appABCDEFGHIJKLMN";
    private static final String TABLE = "tblCHATSESSIONS01";

    @TempDir
    Path dir;

    private WireMockServer server;
    private Path config;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        config = TestConfigs.write(dir.resolve("bot.yaml"), TestConfigs.valid());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private Map<String, String> notionEnv() {
        return Map.of("NOTION_TOKEN", TOKEN, ProvisionNotionCommand.BASE_URL, server.baseUrl());
    }

    private Map<String, String> airtableEnv() {
        return Map.of("AIRTABLE_TOKEN", TOKEN, ProvisionAirtableCommand.BASE_URL, server.baseUrl());
    }

    private Cli notion(Map<String, String> env, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "provision";
        args[1] = "notion";
        args[2] = "--config=" + config;
        args[3] = "--parent-page=" + PAGE;
        System.arraycopy(more, 0, args, 4, more.length);
        return Cli.run(new EngineHolder(), env, args);
    }

    private static void assertClean(Cli result) {
        assertThat(result.hasNoStackTrace()).as(result.toString()).isTrue();
        assertThat(result.out() + result.err()).doesNotContain(TOKEN);
    }

    private void stubNotionCreate() {
        server.stubFor(post("/v1/search").willReturn(okJson("{\"object\":\"list\",\"results\":[],\"has_more\":false}")));
        server.stubFor(post("/v1/databases").willReturn(okJson("{\"object\":\"database\",\"id\":\"" + DATABASE
                + "\",\"url\":\"https://www.notion.so/842a0286cef046a8abbaeac4c8ca644e\",\"data_sources\":[{\"id\":\""
                + DATA_SOURCE + "\",\"name\":\"Chat Sessions\"}]}")));
        server.stubFor(post("/v1/pages").willReturn(okJson("{\"object\":\"page\",\"id\":\"p1\"}")));
    }

    @Test
    void notionCreatesTheDatabaseAndPrintsTheUrlAndEnvLines() {
        stubNotionCreate();

        Cli result = notion(notionEnv());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(CsmbCli.OK);
        assertThat(result.out().lines()).containsExactly(
                "Created Notion database \"Chat Sessions\": https://www.notion.so/842a0286cef046a8abbaeac4c8ca644e",
                "",
                "Add these lines to the bot's .env:",
                "NOTION_DATABASE_ID=" + DATABASE,
                "NOTION_DATA_SOURCE_ID=" + DATA_SOURCE);
        assertThat(result.err()).isEmpty();
        server.verify(1, postRequestedFor(urlEqualTo("/v1/databases"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Notion-Version", equalTo("2025-09-03")));
        assertClean(result);
    }

    @Test
    void notionDryRunPrintsTheSchemaAndRequestWithoutAToken() {
        Cli first = notion(Map.of(), "--dry-run");
        Cli second = notion(Map.of(), "--dry-run");

        assertThat(first.exitCode()).as(first.toString()).isEqualTo(CsmbCli.OK);
        assertThat(first.out()).startsWith("Would create Notion database \"Chat Sessions\" under page " + PAGE
                + " with 13 fields:").contains("  Session  ", "  Status  ", "active, paused, completed, archived",
                "Request body (POST /v1/databases):", "\"initial_data_source\"", "\"page_id\" : \"" + PAGE + "\"")
                .endsWith("Nothing was sent (--dry-run)." + System.lineSeparator());
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void aMissingTokenIsOneLineAndExitTwo() {
        Cli result = notion(Map.of(ProvisionNotionCommand.BASE_URL, server.baseUrl()));

        assertThat(result.exitCode()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(result.err().lines()).containsExactly("error: NOTION_TOKEN: is not set; export the Notion token as "
                + "NOTION_TOKEN (it is never taken as a flag) [missing-token]");
        assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void anInvalidTokenIsOneLineAndExitTwoWithoutTheToken() {
        server.stubFor(post("/v1/search").willReturn(aResponse().withStatus(401).withBody("{\"object\":\"error\","
                + "\"status\":401,\"code\":\"unauthorized\",\"message\":\"API token is invalid.\","
                + "\"request_id\":\"req-1\"}")));

        Cli result = notion(notionEnv());

        assertThat(result.exitCode()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(result.err().lines()).containsExactly("error: Notion answered 401 unauthorized: API token is "
                + "invalid. (check the Notion token) [request id req-1]");
        assertClean(result);
    }

    @Test
    void anUnsharedParentPageSaysToShareIt() {
        server.stubFor(post("/v1/search").willReturn(okJson("{\"object\":\"list\",\"results\":[],\"has_more\":false}")));
        server.stubFor(post("/v1/databases").willReturn(aResponse().withStatus(404).withBody("{\"object\":\"error\","
                + "\"status\":404,\"code\":\"object_not_found\",\"message\":\"Could not find page with ID: " + PAGE
                + ". Make sure the relevant pages and databases are shared with your integration.\"}")));

        Cli result = notion(notionEnv());

        assertThat(result.exitCode()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(result.err().lines()).hasSize(1).first().asString()
                .startsWith("error: Notion answered 404 object_not_found: Could not find page with ID")
                .contains("share the page with the integration");
        assertClean(result);
    }

    @Test
    void aServiceThatKeepsFailingIsExitOne() {
        server.stubFor(post("/v1/search").willReturn(okJson("{\"object\":\"list\",\"results\":[],\"has_more\":false}")));
        server.stubFor(post("/v1/databases").willReturn(aResponse().withStatus(503)));

        Cli result = notion(notionEnv());

        assertThat(result.exitCode()).isEqualTo(CsmbCli.FAILURE);
        assertThat(result.err().lines()).containsExactly("error: Notion answered 503 to POST /v1/databases; it may "
                + "have been created");
        assertClean(result);
    }

    @Test
    void badIdsAreInputErrorsNamingTheFlag() {
        Cli notion = Cli.run(new EngineHolder(), notionEnv(), "provision", "notion", "--config=" + config,
                "--parent-page=home");
        Cli airtable = Cli.run(new EngineHolder(), airtableEnv(), "provision", "airtable", "--config=" + config,
                "--base=base1");

        assertThat(notion.exitCode()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(notion.err()).startsWith("error: --parent-page: must be a Notion id");
        assertThat(airtable.exitCode()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(airtable.err().lines()).containsExactly(
                "error: --base: must be a base id (app followed by 14 letters or digits) [invalid-airtable-id]");
        assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void airtableCreatesTheTableInABase() {
        String tables = "/v0/meta/bases/" + BASE + "/tables";
        server.stubFor(get(tables).willReturn(okJson("{\"tables\":[]}")));
        server.stubFor(post(tables).willReturn(okJson("{\"id\":\"" + TABLE + "\",\"name\":\"Chat Sessions\","
                + "\"primaryFieldId\":\"fld1\",\"fields\":[]}")));
        server.stubFor(post("/v0/" + BASE + "/" + TABLE).willReturn(okJson("{\"records\":[{\"id\":\"rec1\"}]}")));

        Cli result = Cli.run(new EngineHolder(), airtableEnv(), "provision", "airtable", "--config", config.toString(),
                "--base", BASE);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(CsmbCli.OK);
        assertThat(result.out()).contains("Created Airtable table \"Chat Sessions\": https://airtable.com/" + BASE
                + "/" + TABLE, "AIRTABLE_BASE_ID=" + BASE, "AIRTABLE_TABLE_ID=" + TABLE);
        server.verify(1, postRequestedFor(urlEqualTo(tables)).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        assertClean(result);
    }

    @Test
    void airtableCheckReportsDriftWithExitThree() {
        server.stubFor(get("/v0/meta/bases/" + BASE + "/tables").willReturn(okJson("{\"tables\":[{\"id\":\"" + TABLE
                + "\",\"name\":\"Chat Sessions\",\"primaryFieldId\":\"f1\",\"fields\":[{\"id\":\"f1\",\"name\":"
                + "\"Session\",\"type\":\"singleLineText\"},{\"id\":\"f2\",\"name\":\"Messages\",\"type\":"
                + "\"singleLineText\"}]}]}")));

        Cli result = Cli.run(new EngineHolder(), airtableEnv(), "provision", "airtable", "--config", config.toString(),
                "--base", BASE, "--check");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ProvisionCommand.DRIFT);
        assertThat(result.out()).contains("differences", "  missing: Status (SELECT)",
                "  wrong type: Messages: is singleLineText, expected number");
        server.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void aBaseWithoutPermissionIsExitTwo() {
        server.stubFor(get("/v0/meta/bases/" + BASE + "/tables").willReturn(aResponse().withStatus(403).withBody(
                "{\"error\":{\"type\":\"INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND\",\"message\":\"Invalid permissions, "
                        + "or the requested model was not found.\"}}")));

        Cli result = Cli.run(new EngineHolder(), airtableEnv(), "provision", "airtable", "--config", config.toString(),
                "--base", BASE);

        assertThat(result.exitCode()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(result.err().lines()).containsExactly("error: Airtable answered 403 "
                + "INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND: Invalid permissions, or the requested model was not found. "
                + "(the token lacks access or a scope)");
        assertClean(result);
    }

    @Test
    void airtableDryRunForAWorkspaceNamesTheNewBase() {
        Cli result = Cli.run(new EngineHolder(), Map.of(), "provision", "airtable", "--config", config.toString(),
                "--workspace", "wspABCDEFGHIJKLMN", "--dry-run");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(CsmbCli.OK);
        assertThat(result.out()).startsWith("Would create Airtable table \"Chat Sessions\" in a new base \"my-bot\" in "
                + "workspace wspABCDEFGHIJKLMN").contains("Request body (POST /v0/meta/bases):",
                "\"workspaceId\" : \"wspABCDEFGHIJKLMN\"", "\"type\" : \"dateTime\"")
                .doesNotContain("createdTime");
    }

    @Test
    void checkNeedsABaseAndBaseAndWorkspaceExcludeEachOther() {
        Cli check = Cli.run(new EngineHolder(), airtableEnv(), "provision", "airtable", "--config", config.toString(),
                "--workspace", "wspABCDEFGHIJKLMN", "--check");
        Cli both = Cli.run(new EngineHolder(), airtableEnv(), "provision", "airtable", "--config", config.toString(),
                "--workspace", "wspABCDEFGHIJKLMN", "--base", BASE);

        assertThat(check.exitCode()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(check.err()).startsWith("error: --check needs --base");
        assertThat(both.exitCode()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(both.err()).contains("mutually exclusive");
    }
}
