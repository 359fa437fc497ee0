package dev.csmb.engine.codec;

import com.fasterxml.jackson.databind.JsonNode;

/** Names the kind of a parsed value for messages: "a number", "a list", "an object". */
final class JsonKinds {

    private JsonKinds() {
    }

    static String of(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number (" + node.asText() + ")";
            case BOOLEAN -> "a boolean (" + node.asText() + ")";
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case NULL -> "null";
            case BINARY -> "binary data";
            case MISSING -> "nothing";
            case POJO -> "a value of another kind";
        };
    }
}
