package dev.csmb.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.csmb.api.CatalogId;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.api.PlatformSetting;
import java.util.Collection;
import java.util.List;

/**
 * Platform descriptors as JSON for scripts: keys in a fixed order, catalog values as their wire ids, so the
 * output is stable across runs and versions of Jackson.
 */
final class PlatformJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PlatformJson() {
    }

    /** A JSON array of these platforms, in the given order. */
    static String array(List<PlatformDescriptor> platforms) {
        ArrayNode array = MAPPER.createArrayNode();
        platforms.forEach(p -> array.add(node(p)));
        return write(array);
    }

    /** One platform as a JSON object. */
    static String object(PlatformDescriptor platform) {
        return write(node(platform));
    }

    private static ObjectNode node(PlatformDescriptor platform) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", platform.id());
        node.put("name", platform.displayName());
        node.put("library", platform.library());
        node.put("complexity", platform.complexity().id());
        node.put("estimatedTime", platform.estimatedTime());
        ids(node.putArray("supportedFeatures"), platform.supportedFeatures());
        ids(node.putArray("defaultPriorities"), platform.defaultPriorities());
        node.put("summary", platform.summary());
        ArrayNode settings = node.putArray("settings");
        for (PlatformSetting setting : platform.settings()) {
            ObjectNode entry = settings.addObject();
            entry.put("name", setting.name());
            entry.put("description", setting.description());
            entry.put("default", setting.defaultValue());
            ArrayNode values = entry.putArray("values");
            setting.values().forEach(v -> values.addObject().put("id", v.id()).put("description", v.description()));
        }
        return node;
    }

    private static void ids(ArrayNode array, Collection<? extends CatalogId> values) {
        values.forEach(v -> array.add(v.id()));
    }

    private static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }
}
