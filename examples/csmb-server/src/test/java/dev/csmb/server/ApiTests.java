package dev.csmb.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.BuildConfiguration;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JsonNode;

/** Every endpoint's success path, over real HTTP on a random port. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "csmb.rate-limit.requests=100000")
@ExtendWith(OutputCaptureExtension.class)
class ApiTests {

    @TestConfiguration
    static class Clock {
        @Bean
        ManualTicker ticker() {
            return new ManualTicker();
        }
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    ManualTicker ticker;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void healthAnswersUpWithThePlatformCount() {
        HttpResponse<String> response = http.get("/api/v1/health");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = Http.json(response);
        assertThat(body.get("status").asString()).isEqualTo("UP");
        assertThat(body.get("platforms").asInt()).isEqualTo(Configs.ENGINE.platforms().size());
        assertThat(Http.json(http.get("/actuator/health")).get("status").asString()).isEqualTo("UP");
    }

    @Test
    void platformsListTheEngineDescriptorsAndCatalogs() {
        JsonNode body = Http.json(http.get("/api/v1/platforms"));
        JsonNode cli = body.get("platforms").get(0);
        var descriptor = Configs.ENGINE.platform("cli-interface").orElseThrow();
        assertThat(cli.get("id").asString()).isEqualTo("cli-interface");
        assertThat(cli.get("name").asString()).isEqualTo(descriptor.displayName());
        assertThat(cli.get("estimatedTime").asString()).isEqualTo(descriptor.estimatedTime());
        assertThat(cli.get("supportedFeatures").size()).isEqualTo(descriptor.supportedFeatures().size());
        assertThat(cli.get("defaultPriorities").get(0).get("id").asString())
                .isEqualTo(descriptor.defaultPriorities().get(0).id());
        assertThat(cli.get("settings").isArray()).isTrue();
        assertThat(body.get("priorities").size()).isEqualTo(6);
        assertThat(body.get("features").size()).isEqualTo(8);
        assertThat(body.get("teamSizes").get(0).get("id").asString()).isEqualTo("solo");
        assertThat(body.get("complexities").get(0).get("label").asString()).isEqualTo("Basic");
    }

    @Test
    void platformsListEverySettingWithItsValuesTheirDescriptionsAndTheDefaultAndTheSessionSinks() {
        JsonNode body = Http.json(http.get("/api/v1/platforms"));
        JsonNode telegram = null;
        for (JsonNode p : body.get("platforms")) {
            if (p.get("id").asString().equals("telegram-bot-api")) {
                telegram = p;
            }
        }
        assertThat(telegram).as("telegram-bot-api is listed").isNotNull();
        var declared = Configs.ENGINE.platform("telegram-bot-api").orElseThrow().settings().get(0);
        JsonNode mode = telegram.get("settings").get(0);
        assertThat(mode.get("name").asString()).isEqualTo("mode");
        assertThat(mode.get("description").asString()).isEqualTo(declared.description());
        assertThat(mode.get("defaultValue").asString()).isEqualTo("polling");
        assertThat(mode.get("values").size()).isEqualTo(declared.values().size());
        for (int i = 0; i < declared.values().size(); i++) {
            assertThat(mode.get("values").get(i).get("id").asString()).isEqualTo(declared.values().get(i).id());
            assertThat(mode.get("values").get(i).get("description").asString())
                    .isEqualTo(declared.values().get(i).description());
        }
        assertThat(body.get("sessionSinks")).extracting(n -> n.get("id").asString())
                .containsExactly("none", "notion", "airtable");
    }

    @Test
    void settingsAndTheSessionSinkReachTheGeneratedCsmbJson() {
        BuildConfiguration telegram = BuildConfiguration.builder("telegram-bot-api").projectName("My Web Bot")
                .description("A Telegram bot that takes webhooks.").setting("mode", "webhook")
                .sessionSink(dev.csmb.api.SessionSink.NOTION).build();
        String json = Configs.json(telegram);
        assertThat(Http.json(http.postJson("/api/v1/build/validate", json)).get("valid").asBoolean()).as(json).isTrue();
        String id = Http.json(http.postJson("/api/v1/generate", json)).get("id").asString();

        Map<String, byte[]> zipped = Projects.unzip(http.getBytes("/api/v1/generate/" + id + "/download").body(),
                "my-web-bot");
        BuildConfiguration saved = Configs.CODEC.read(new String(zipped.get("csmb.json"),
                java.nio.charset.StandardCharsets.UTF_8), dev.csmb.engine.codec.ConfigurationFormat.JSON);
        assertThat(saved.platform()).isEqualTo("telegram-bot-api");
        assertThat(saved.settings()).containsEntry("mode", "webhook");
        assertThat(saved.sessionSink()).isEqualTo(dev.csmb.api.SessionSink.NOTION);
    }

    @Test
    void validateAnswersProblemsAsValuesWith200() {
        HttpResponse<String> ok = http.postJson("/api/v1/build/validate", Configs.validJson());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(Http.json(ok).get("valid").asBoolean()).isTrue();

        HttpResponse<String> bad = http.postJson("/api/v1/build/validate",
                Configs.validJson().replace("\"My Web Bot\"", "\"ab\""));
        assertThat(bad.statusCode()).isEqualTo(200);
        JsonNode body = Http.json(bad);
        assertThat(body.get("valid").asBoolean()).isFalse();
        JsonNode violation = body.get("violations").get(0);
        assertThat(violation.get("field").asString()).isEqualTo("projectName");
        assertThat(violation.get("code").asString()).isEqualTo("size");
        assertThat(violation.get("severity").asString()).isEqualTo("error");
        assertThat(violation.get("message").asString()).isEqualTo("must be between 3 and 50 characters long");

        JsonNode syntax = Http.json(http.postJson("/api/v1/build/validate", "{\"platform\":"));
        assertThat(syntax.get("violations").get(0).get("code").asString()).isEqualTo("syntax");
    }

    @Test
    void aSavedConfigurationIsReadBackEqual() {
        HttpResponse<String> saved = http.postJson("/api/v1/build/save", Configs.validJson());
        assertThat(saved.statusCode()).isEqualTo(200);
        String id = Http.json(saved).get("id").asString();
        HttpResponse<String> read = http.get("/api/v1/build/" + id);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(Configs.CODEC.read(read.body(), dev.csmb.engine.codec.ConfigurationFormat.JSON))
                .isEqualTo(Configs.valid());
    }

    @Test
    void generateDescribesTheProjectAndGetReturnsTheSame(CapturedOutput output) {
        HttpResponse<String> response = http.postJson("/api/v1/generate", Configs.validJson());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = Http.json(response);
        var solution = Configs.ENGINE.generate(Configs.valid());
        assertThat(body.get("slug").asString()).isEqualTo("my-web-bot");
        assertThat(body.get("files").size()).isEqualTo(solution.files().size());
        assertThat(body.get("files").get(0).get("path").asString()).isEqualTo(solution.files().get(0).path());
        assertThat(body.get("files").get(0).get("sha256").asString()).isEqualTo(solution.files().get(0).sha256());
        assertThat(body.get("setupSteps").size()).isEqualTo(solution.setupSteps().size());
        assertThat(body.get("estimatedTime").asString()).isEqualTo(solution.estimatedTime());
        String id = body.get("id").asString();
        assertThat(body.get("download").asString()).isEqualTo("/api/v1/generate/" + id + "/download");

        HttpResponse<String> again = http.get("/api/v1/generate/" + id);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Http.json(again)).isEqualTo(body);
        // One structured (JSON) log line, with the id and platform as fields and none of the user's text.
        String line = output.getOut().lines().filter(l -> l.contains(id)).findFirst().orElseThrow();
        JsonNode log = Http.JSON.readTree(line);
        assertThat(log.get("message").asString()).isEqualTo("generated a project");
        assertThat(log.get("generation").get("id").asString()).isEqualTo(id);
        assertThat(log.get("platform").asString()).isEqualTo("cli-interface");
        assertThat(output.getAll()).doesNotContain("A terminal bot generated through the csmb web service.");
    }

    @Test
    void theDownloadedZipHoldsExactlyTheFilesTheCliWrites(@TempDir Path scratch) {
        BuildConfiguration configuration = Configs.valid();
        String id = Http.json(http.postJson("/api/v1/generate", Configs.json(configuration))).get("id").asString();

        HttpResponse<byte[]> get = http.getBytes("/api/v1/generate/" + id + "/download");
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(get.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"my-web-bot.zip\"");
        Map<String, byte[]> zipped = Projects.unzip(get.body(), "my-web-bot");
        assertThat(Projects.comparable(zipped))
                .isEqualTo(Projects.comparable(Projects.asTheCliWrites(configuration, scratch)));

        HttpResponse<byte[]> post = http.postForBytes("/api/v1/generate/" + id + "/download");
        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(post.body()).isEqualTo(get.body());
    }

    @Test
    void unknownPlatformIsA400ProblemNamingTheField() {
        HttpResponse<String> response = http.postJson("/api/v1/generate",
                Configs.validJson().replace("\"cli-interface\"", "\"fax-machine\""));
        assertProblem(response, 400, "platform", "unknown-platform");
        assertThat(Http.json(response).get("detail").asString()).contains("fax-machine", "cli-interface");
    }

    @Test
    void onePriorityIsA400ProblemNamingTheField() {
        String one = Configs.json(Configs.valid().withPriorities(java.util.List.of(
                dev.csmb.api.Priority.SCALABILITY)));
        HttpResponse<String> response = http.postJson("/api/v1/generate", one);
        assertProblem(response, 400, "priorities", "size");
        assertThat(Http.json(response).get("detail").asString())
                .isEqualTo("priorities: choose between 2 and 4 priorities");
    }

    @Test
    void malformedJsonIsA400ProblemNamingTheField() {
        HttpResponse<String> response = http.postJson("/api/v1/generate", "{\"platform\": \"cli-interface\",");
        assertProblem(response, 400, "config", "syntax");
        HttpResponse<String> save = http.postJson("/api/v1/build/save", "[1, 2");
        assertProblem(save, 400, "config", "syntax");
    }

    @Test
    void aTenMegabyteBodyIsA413ProblemWithOrWithoutContentLength() {
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(tenMegabytes, (byte) ' ');
        assertProblem(http.post("/api/v1/generate", BodyPublishers.ofByteArray(tenMegabytes)), 413, "body",
                "too-large");
        // No Content-Length: the body is refused while it is read.
        var chunked = BodyPublishers.fromPublisher(BodyPublishers.ofByteArray(tenMegabytes));
        assertProblem(http.post("/api/v1/build/validate", chunked), 413, "body", "too-large");
    }

    @Test
    void anUnknownIdIsA404ProblemNamingTheField() {
        assertProblem(http.get("/api/v1/generate/no-such-id"), 404, "id", "not-found");
        assertProblem(http.send(http.request("/api/v1/generate/no-such-id/download").GET().build()), 404, "id",
                "not-found");
        assertProblem(http.get("/api/v1/build/no-such-id"), 404, "id", "not-found");
    }

    @Test
    void anExpiredIdIsA404ProblemNamingTheField() {
        String id = Http.json(http.postJson("/api/v1/generate", Configs.validJson())).get("id").asString();
        assertThat(http.get("/api/v1/generate/" + id).statusCode()).isEqualTo(200);
        ticker.advance(Duration.ofMinutes(31));
        HttpResponse<String> expired = http.get("/api/v1/generate/" + id);
        assertProblem(expired, 404, "id", "not-found");
        assertThat(Http.json(expired).get("detail").asString()).contains("expired");
        assertProblem(http.send(http.request("/api/v1/generate/" + id + "/download").GET().build()), 404, "id",
                "not-found");
    }

    @Test
    void otherContentTypesAreRefusedWithAProblem() {
        HttpResponse<String> response = http.send(http.request("/api/v1/generate")
                .header("Content-Type", "text/plain").POST(BodyPublishers.ofString("{}")).build());
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void theOpenApiDocumentListsEveryEndpointAndSwaggerUiIsServed() {
        JsonNode paths = Http.json(http.get("/v3/api-docs")).get("paths");
        assertThat(paths.propertyNames()).contains("/api/v1/health", "/api/v1/platforms", "/api/v1/build/validate",
                "/api/v1/build/save", "/api/v1/generate", "/api/v1/generate/{id}", "/api/v1/generate/{id}/download",
                "/api/v1/integrations/notion/database", "/api/v1/integrations/notion/databases",
                "/api/v1/integrations/airtable/base", "/api/v1/integrations/airtable/bases");
        HttpResponse<String> ui = http.get("/swagger-ui/index.html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
    }

    @Test
    void pagesCarrySecurityHeadersAndACspWithoutInlineScripts() {
        HttpResponse<String> page = http.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self';", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(page.body()).contains("<script type=\"module\" src=\"/js/main.js\"></script>")
                .doesNotContain("<script>", "onclick=", "style=");
    }

    @Test
    void corsAllowsNoOtherOriginByDefault() {
        HttpResponse<String> preflight = http.send(http.request("/api/v1/generate")
                .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", BodyPublishers.noBody()).build());
        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    static void assertProblem(HttpResponse<String> response, int status, String field, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = Http.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("field").asString()).isEqualTo(field);
        assertThat(problem.get("code").asString()).isEqualTo(code);
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(problem.get("title").asString()).isNotBlank();
    }
}
