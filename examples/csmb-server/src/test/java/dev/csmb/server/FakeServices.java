package dev.csmb.server;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;

/** A WireMock server on 127.0.0.1 with a random port, for Notion, Airtable or GitHub. */
public final class FakeServices {

    private FakeServices() {
    }

    public static WireMockServer start() {
        WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        return server;
    }

    public static String url(WireMockServer server) {
        return "http://127.0.0.1:" + server.port();
    }
}
