package dev.csmb.integrations.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.csmb.integrations.FakeService;
import dev.csmb.integrations.airtable.AirtableProvisioner;
import dev.csmb.integrations.notion.NotionProvisioner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each service's error bodies become typed exceptions with status, code, message and request id. */
class ErrorShapesTests {

    private FakeService fake;

    @BeforeEach
    void start() {
        fake = new FakeService();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void notionErrorObject() {
        fake.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/v1/search").willReturn(
                aResponse().withStatus(401).withHeader("Content-Type", "application/json").withBody(
                        "{\"object\":\"error\",\"status\":401,\"code\":\"unauthorized\","
                                + "\"message\":\"API token is invalid.\",\"request_id\":\"r-123\"}")));
        NotionProvisioner notion = new NotionProvisioner(Secret.of(FakeService.TOKEN), fake.settings());

        assertThatThrownBy(notion::dataSources).isInstanceOfSatisfying(ServiceException.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.code()).isEqualTo("unauthorized");
            assertThat(e.serviceMessage()).isEqualTo("API token is invalid.");
            assertThat(e.requestId()).contains("r-123");
            assertThat(e.getMessage()).isEqualTo("Notion answered 401 unauthorized: API token is invalid. "
                    + "(check the Notion token) [request id r-123]").doesNotContain(FakeService.TOKEN);
        });
    }

    @Test
    void airtableErrorObject() {
        fake.server().stubFor(get("/v0/meta/bases").willReturn(aResponse().withStatus(403)
                .withBody("{\"error\":{\"type\":\"INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND\","
                        + "\"message\":\"Invalid permissions, or the requested model was not found.\"}}")));
        AirtableProvisioner airtable = new AirtableProvisioner(Secret.of(FakeService.TOKEN), fake.settings());

        assertThatThrownBy(airtable::bases).isInstanceOfSatisfying(ServiceException.class, e -> {
            assertThat(e.status()).isEqualTo(403);
            assertThat(e.code()).isEqualTo("INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND");
            assertThat(e.serviceMessage()).startsWith("Invalid permissions");
            assertThat(e.isInputProblem()).isTrue();
        });
    }

    @Test
    void airtablePlainStringError() {
        fake.server().stubFor(get("/v0/meta/bases").willReturn(aResponse().withStatus(404)
                .withHeader("x-airtable-request-id", "req-a").withBody("{\"error\":\"NOT_FOUND\"}")));
        AirtableProvisioner airtable = new AirtableProvisioner(Secret.of(FakeService.TOKEN), fake.settings());

        assertThatThrownBy(airtable::bases).isInstanceOfSatisfying(ServiceException.class, e -> {
            assertThat(e.code()).isEqualTo("NOT_FOUND");
            assertThat(e.serviceMessage()).isEmpty();
            assertThat(e.requestId()).contains("req-a");
            assertThat(e.getMessage()).isEqualTo("Airtable answered 404 NOT_FOUND [request id req-a]");
        });
    }

    @Test
    void aBodyThatIsNotJsonStillGivesTheStatus() {
        fake.server().stubFor(get("/v0/meta/bases").willReturn(aResponse().withStatus(418).withBody("<html>")));
        AirtableProvisioner airtable = new AirtableProvisioner(Secret.of(FakeService.TOKEN), fake.settings());

        assertThatThrownBy(airtable::bases).isInstanceOf(ServiceException.class)
                .hasMessage("Airtable answered 418");
    }
}
