package dev.csmb.integrations.notion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csmb.integrations.http.ErrorDecoder;
import dev.csmb.integrations.http.ServiceException;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.time.Duration;

/**
 * Reads Notion's error shape, {@code {"object":"error","status":404,"code":"object_not_found","message":"…",
 * "request_id":"…"}}, falling back to the {@code x-request-id} header and the bare status.
 */
final class NotionErrors implements ErrorDecoder {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ServiceException decode(int status, String body, HttpHeaders headers, Duration retryAfter) {
        JsonNode error = read(body);
        String requestId = error.path("request_id").asText("");
        if (requestId.isEmpty()) {
            requestId = headers.firstValue("x-request-id").orElse("");
        }
        return new ServiceException("Notion", status, error.path("code").asText(""),
                error.path("message").asText(""), requestId, retryAfter);
    }

    private static JsonNode read(String body) {
        try {
            JsonNode node = body == null || body.isBlank() ? null : JSON.readTree(body);
            return node == null ? JSON.createObjectNode() : node;
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
