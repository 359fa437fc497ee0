package dev.csmb.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** The default limit: 100 requests a minute per client address on /api/**. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RateLimitTests {

    @Value("${local.server.port}")
    int port;

    @Test
    void the101stRequestInTheWindowIsA429WithRetryAfter() {
        Http http = new Http(port);
        for (int i = 1; i <= 100; i++) {
            HttpResponse<String> response = http.get("/api/v1/health");
            assertThat(response.statusCode()).as("request %d", i).isEqualTo(200);
        }
        HttpResponse<String> limited = http.get("/api/v1/health");
        ApiTests.assertProblem(limited, 429, "client", "rate-limited");
        long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 60L);
        // Pages and static files are not counted.
        assertThat(http.get("/").statusCode()).isEqualTo(200);
    }
}
