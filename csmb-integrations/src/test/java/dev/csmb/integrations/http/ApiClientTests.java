package dev.csmb.integrations.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.csmb.integrations.FakeService;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP layer against a real server on loopback: headers, retries, waits, timeouts and typed errors. */
class ApiClientTests {

    private FakeService fake;
    private WireMockServer server;

    @BeforeEach
    void start() {
        fake = new FakeService();
        server = fake.server();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private ApiClient client(HttpSettings settings) {
        return new ApiClient("Test", settings, Secret.of(FakeService.TOKEN), Map.of("X-Api-Version", "7"),
                (status, body, headers, retryAfter) -> new ServiceException("Test", status, "code" + status, body,
                        headers.firstValue("x-request-id").orElse(""), retryAfter));
    }

    private static JsonNode body() {
        return JsonNodeFactory.instance.objectNode().put("name", "x");
    }

    @Test
    void sendsTheTokenAndHeadersAndParsesJson() {
        server.stubFor(post("/things").willReturn(okJson("{\"id\":\"t1\"}")));

        JsonNode answer = client(fake.settings()).send(ApiRequest.create("/things", body(), "k"));

        assertThat(answer.path("id").asText()).isEqualTo("t1");
        server.verify(postRequestedFor(urlEqualTo("/things"))
                .withHeader("Authorization", equalTo("Bearer " + FakeService.TOKEN))
                .withHeader("X-Api-Version", equalTo("7"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"name\":\"x\"}")));
    }

    @Test
    void honoursRetryAfterOn429() {
        server.stubFor(get("/r").inScenario("s").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("ok"));
        server.stubFor(get("/r").inScenario("s").whenScenarioStateIs("ok").willReturn(okJson("{\"ok\":true}")));

        long start = System.nanoTime();
        JsonNode answer = client(fake.settings()).send(ApiRequest.get("/r", "k"));

        assertThat(answer.path("ok").asBoolean()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        server.verify(2, getRequestedFor(urlEqualTo("/r")));
    }

    @Test
    void waitsTheConfiguredTimeAfterA429WithoutRetryAfter() {
        server.stubFor(get("/r").inScenario("s").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429)).willSetStateTo("ok"));
        server.stubFor(get("/r").inScenario("s").whenScenarioStateIs("ok").willReturn(okJson("{}")));
        HttpSettings settings = fake.settings().withWaitAfter429(Duration.ofMillis(600));

        long start = System.nanoTime();
        client(settings).send(ApiRequest.get("/r", "k"));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(590));
        server.verify(2, getRequestedFor(urlEqualTo("/r")));
    }

    @Test
    void aRetryAfterLongerThanTheCapEndsWithThe429() {
        server.stubFor(get("/r").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")
                .withHeader("x-request-id", "req-9")));

        assertThatThrownBy(() -> client(fake.settings()).send(ApiRequest.get("/r", "k")))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.retryAfter()).contains(Duration.ofHours(1));
                    assertThat(e.requestId()).contains("req-9");
                });
        server.verify(1, getRequestedFor(urlEqualTo("/r")));
    }

    @Test
    void retriesAReadAfterA500() {
        server.stubFor(get("/r").inScenario("s").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("ok"));
        server.stubFor(get("/r").inScenario("s").whenScenarioStateIs("ok").willReturn(okJson("{\"n\":1}")));

        assertThat(client(fake.settings()).send(ApiRequest.get("/r", "k")).path("n").asInt()).isEqualTo(1);
        server.verify(2, getRequestedFor(urlEqualTo("/r")));
    }

    @Test
    void retriesACreateAfterA429ButNotAfterA500() {
        server.stubFor(post("/c").inScenario("s").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")).willSetStateTo("500"));
        server.stubFor(post("/c").inScenario("s").whenScenarioStateIs("500").willReturn(aResponse().withStatus(502)));

        assertThatThrownBy(() -> client(fake.settings()).send(ApiRequest.create("/c", body(), "k")))
                .isInstanceOf(AmbiguousResultException.class)
                .hasMessageContaining("may have been created")
                .hasCauseInstanceOf(ServiceException.class);
        server.verify(2, postRequestedFor(urlEqualTo("/c")));
    }

    @Test
    void retriesAReadAfterADroppedConnection() {
        server.stubFor(get("/r").inScenario("s").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
        server.stubFor(get("/r").inScenario("s").whenScenarioStateIs("ok").willReturn(okJson("{\"n\":2}")));

        assertThat(client(fake.settings()).send(ApiRequest.get("/r", "k")).path("n").asInt()).isEqualTo(2);
    }

    @Test
    void aCreateWhoseConnectionDropsIsAmbiguousAndNotRepeated() {
        server.stubFor(post("/c").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        assertThatThrownBy(() -> client(fake.settings()).send(ApiRequest.create("/c", body(), "k")))
                .isInstanceOf(AmbiguousResultException.class)
                .hasMessageContaining("Test dropped the connection (POST /c)");
        server.verify(1, postRequestedFor(urlEqualTo("/c")));
    }

    @Test
    void aSlowAnswerTimesOutWithAClearError() {
        server.stubFor(get("/slow").willReturn(okJson("{}").withFixedDelay(1500)));
        HttpSettings settings = fake.settings().withRequestTimeout(Duration.ofMillis(200)).withRetries(1,
                Duration.ofMillis(10), Duration.ofMillis(20));

        assertThatThrownBy(() -> client(settings).send(ApiRequest.get("/slow", "k")))
                .isInstanceOf(IntegrationException.class)
                .hasMessage("Test did not answer within 200 ms (GET /slow)");
        server.verify(2, getRequestedFor(urlEqualTo("/slow")));
    }

    @Test
    void anUnreachableServiceIsReportedAfterRetries() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        URI closed = URI.create("http://127.0.0.1:" + port);

        assertThatThrownBy(() -> client(fake.settings().withBaseUri(closed)).send(ApiRequest.create("/c", body(), "k")))
                .isInstanceOf(IntegrationException.class)
                .isNotInstanceOf(AmbiguousResultException.class)
                .hasMessageContaining("could not be reached at " + closed);
    }

    @Test
    void clientErrorsAreNotRetriedAndNeverHoldTheToken() {
        server.stubFor(get("/r").willReturn(aResponse().withStatus(401).withBody("bad token")));

        assertThatThrownBy(() -> client(fake.settings()).send(ApiRequest.get("/r", "k")))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.isInputProblem()).isTrue();
                    assertThat(e.getMessage()).doesNotContain(FakeService.TOKEN).contains("check the Test token");
                });
        server.verify(1, getRequestedFor(urlEqualTo("/r")));
        assertThat(client(fake.settings()).toString()).doesNotContain(FakeService.TOKEN);
    }

    @Test
    void limitsTheRequestRatePerKey() {
        server.stubFor(get("/r").willReturn(okJson("{}")));
        ApiClient client = client(HttpSettings.of(fake.uri(), 10, Duration.ofMillis(10)));

        long start = System.nanoTime();
        for (int i = 0; i < 6; i++) {
            client.send(ApiRequest.get("/r", "one-base"));
        }

        // A smooth limiter of 10/s spaces permits 100 ms apart: six calls span at least five gaps.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(450));
    }
}
