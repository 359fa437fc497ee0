package dev.csmb.integrations.airtable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csmb.integrations.http.ErrorDecoder;
import dev.csmb.integrations.http.ServiceException;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.time.Duration;

/**
 * Reads both of Airtable's error shapes: {@code {"error":{"type":"…","message":"…"}}} and the plain
 * {@code {"error":"NOT_FOUND"}}.
 */
final class AirtableErrors implements ErrorDecoder {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ServiceException decode(int status, String body, HttpHeaders headers, Duration retryAfter) {
        JsonNode error = read(body).path("error");
        String code;
        String message;
        if (error.isTextual()) {
            code = error.asText();
            message = "";
        } else {
            code = error.path("type").asText("");
            message = error.path("message").asText("");
        }
        String requestId = headers.firstValue("x-airtable-request-id")
                .or(() -> headers.firstValue("x-request-id")).orElse("");
        return new ServiceException("Airtable", status, code, message, requestId, retryAfter);
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
