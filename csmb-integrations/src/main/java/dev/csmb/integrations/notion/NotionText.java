package dev.csmb.integrations.notion;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Rich text arrays within Notion's request limits: at most 2,000 characters per text object and 100 objects per
 * array. Longer text is split (never inside a surrogate pair) and, past the last object, cut.
 */
final class NotionText {

    /** Characters per rich text object. */
    static final int MAX_CONTENT = 2000;
    /** Objects per rich text array. */
    static final int MAX_OBJECTS = 100;

    private NotionText() {
    }

    static ArrayNode richText(String text) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        int start = 0;
        while (start < text.length() && array.size() < MAX_OBJECTS) {
            int end = Math.min(text.length(), start + MAX_CONTENT);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            ObjectNode item = array.addObject().put("type", "text");
            item.putObject("text").put("content", text.substring(start, end));
            start = end;
        }
        return array;
    }
}
