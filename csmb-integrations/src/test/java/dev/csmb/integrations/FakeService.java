package dev.csmb.integrations;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.csmb.integrations.http.HttpSettings;
import java.net.URI;
import java.time.Duration;

/**
 * A real HTTP server on 127.0.0.1 (WireMock) playing Notion or Airtable, and client settings that talk to it with
 * short waits, so fault tests finish in milliseconds instead of the services' real back-off times.
 */
public final class FakeService implements AutoCloseable {

    /** The token the tests use; never expected in any message. */
    public static final String TOKEN = "ntn_TESTTOKEN_must_never_be_printed_0123456789";

    private final WireMockServer server;

    public FakeService() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    public WireMockServer server() {
        return server;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /** 100 requests/s, 3 retries 10–40 ms apart, 150 ms after a bare 429, 1 s answer timeout. */
    public HttpSettings settings() {
        return HttpSettings.of(uri(), 100, Duration.ofMillis(150)).withRetries(3, Duration.ofMillis(10),
                Duration.ofMillis(40)).withRequestTimeout(Duration.ofSeconds(1));
    }

    @Override
    public void close() {
        server.stop();
    }
}
