package dev.csmb.server.integrations;

import dev.csmb.api.InvalidInputException;
import dev.csmb.api.Violation;
import tools.jackson.databind.JsonNode;

/** Required parts of integration request bodies. */
final class Bodies {

    private Bodies() {
    }

    /** The configuration object as JSON text for the engine's codec. */
    static String configuration(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            throw new InvalidInputException(Violation.error("configuration", "required",
                    "the bot's configuration is required (the JSON of its csmb.json)"));
        }
        if (!node.isObject()) {
            throw new InvalidInputException(Violation.error("configuration", "wrong-type", "must be a JSON object"));
        }
        return node.toString();
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(Violation.error(field, "required", "is required"));
        }
        return value;
    }
}
