package dev.csmb.server;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in on, through Spring Security's real OAuth2 login, against a fake GitHub on loopback (WireMock serving the
 * token and user endpoints): saved configurations belong to whoever saved them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"csmb.sign-in=true",
        "csmb.rate-limit.requests=100000",
        "spring.security.oauth2.client.registration.github.client-id=test-client",
        "spring.security.oauth2.client.registration.github.client-secret=test-secret",
        "spring.security.oauth2.client.provider.github.user-name-attribute=id"})
class SignInTests {

    static final WireMockServer GITHUB = FakeServices.start();

    @DynamicPropertySource
    static void github(DynamicPropertyRegistry registry) {
        String url = FakeServices.url(GITHUB);
        registry.add("spring.security.oauth2.client.provider.github.authorization-uri",
                () -> url + "/login/oauth/authorize");
        registry.add("spring.security.oauth2.client.provider.github.token-uri", () -> url + "/login/oauth/access_token");
        registry.add("spring.security.oauth2.client.provider.github.user-info-uri", () -> url + "/user");
    }

    @BeforeAll
    static void users() {
        user("alice", 1001);
        user("bob", 1002);
    }

    private static void user(String login, int id) {
        GITHUB.stubFor(post("/login/oauth/access_token").withRequestBody(containing("code=" + login + "-code"))
                .willReturn(okJson("{\"access_token\":\"tok-" + login + "\",\"token_type\":\"bearer\","
                        + "\"scope\":\"read:user\"}")));
        GITHUB.stubFor(get("/user").withHeader("Authorization", equalTo("Bearer tok-" + login))
                .willReturn(okJson("{\"id\":" + id + ",\"login\":\"" + login + "\"}")));
    }

    @AfterAll
    static void stop() {
        GITHUB.stop();
    }

    @Value("${local.server.port}")
    int port;

    /** Signs in as this user with a fresh client (its own cookies): the redirect to GitHub, then the callback. */
    private Http signIn(String login) {
        Http http = new Http(port);
        HttpResponse<String> start = http.get("/oauth2/authorization/github");
        assertThat(start.statusCode()).isEqualTo(302);
        URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
        assertThat(authorize.toString()).startsWith(FakeServices.url(GITHUB) + "/login/oauth/authorize");
        String state = Arrays.stream(authorize.getRawQuery().split("&")).filter(p -> p.startsWith("state="))
                .map(p -> URLDecoder.decode(p.substring(6), StandardCharsets.UTF_8)).findFirst().orElseThrow();
        HttpResponse<String> callback = http.get("/login/oauth2/code/github?code=" + login + "-code&state="
                + URLEncoder.encode(state, StandardCharsets.UTF_8));
        assertThat(callback.statusCode()).as(callback.body()).isEqualTo(302);
        assertThat(callback.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return http;
    }

    @Test
    void theOwnerReadsTheirConfigurationAndAnotherUserGets404() {
        Http alice = signIn("alice");
        HttpResponse<String> saved = alice.postJson("/api/v1/build/save", Configs.validJson());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        String id = Http.json(saved).get("id").asString();

        HttpResponse<String> own = alice.get("/api/v1/build/" + id);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(Http.json(own).get("projectName").asString()).isEqualTo("My Web Bot");

        Http bob = signIn("bob");
        ApiTests.assertProblem(bob.get("/api/v1/build/" + id), 404, "id", "not-found");
    }

    @Test
    void savingAndReadingNeedSignInWhileTheRestStaysOpen() {
        Http anonymous = new Http(port);
        ApiTests.assertProblem(anonymous.postJson("/api/v1/build/save", Configs.validJson()), 401, "session",
                "sign-in-required");
        ApiTests.assertProblem(anonymous.get("/api/v1/build/some-id"), 401, "session", "sign-in-required");
        assertThat(anonymous.postJson("/api/v1/generate", Configs.validJson()).statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/").statusCode()).isEqualTo(200);
    }
}
