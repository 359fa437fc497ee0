package dev.csmb.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for the server under test on 127.0.0.1, keeping its own cookies (one per user). */
public final class Http {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI base;
    private final HttpClient client;

    public Http(int port) {
        this.base = URI.create("http://127.0.0.1:" + port);
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public URI uri(String path) {
        return base.resolve(path);
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build(), BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        return send(request(path).GET().build(), BodyHandlers.ofByteArray());
    }

    public HttpResponse<byte[]> postForBytes(String path) {
        return send(request(path).POST(BodyPublishers.noBody()).build(), BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> postJson(String path, String json, String... headers) {
        return post(path, BodyPublishers.ofString(json), headers);
    }

    public HttpResponse<String> post(String path, BodyPublisher body, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json").POST(body).build(),
                BodyHandlers.ofString());
    }

    public HttpResponse<String> send(HttpRequest request) {
        return send(request, BodyHandlers.ofString());
    }

    public HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    private <T> HttpResponse<T> send(HttpRequest request, BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
