package dev.csmb.engine.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.csmb.api.InvalidInputException;
import java.io.IOException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Parses configuration text into a Jackson tree: exactly one document, no repeated keys. Every failure becomes
 * an {@link InvalidInputException} naming line and column; nothing else escapes, whatever the text.
 */
final class TreeParser {

    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(InputLimits.streamConstraints()).build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .loaderOptions(InputLimits.yamlLoaderOptions())
                    // The factory builder starts without this default of new YAMLFactory(): "key:" reads as null.
                    .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                    .streamReadConstraints(InputLimits.streamConstraints()).build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private TreeParser() {
    }

    /**
     * The tree of {@code text}; a missing node when the text holds no document at all. Text longer than
     * {@link InputLimits#MAX_SIZE} characters is refused before the parser sees it.
     */
    static JsonNode parse(String text, ConfigurationFormat format) {
        if (text.length() > InputLimits.MAX_SIZE) {
            throw InputLimits.tooLarge("the configuration text", text.length() + " characters", "characters");
        }
        ObjectMapper mapper = format == ConfigurationFormat.JSON ? JSON : YAML;
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        JsonNode tree;
        JsonLocation trailing;
        try (JsonParser parser = mapper.createParser(body)) {
            tree = mapper.readTree(parser);
            trailing = parser.nextToken() == null ? null : parser.currentTokenLocation();
        } catch (StreamConstraintsException e) {
            throw tooLarge(e);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof YAMLException yaml && isScannerLimit(yaml)) {
                throw tooLarge(e);
            }
            throw isDuplicateKey(e) ? duplicateKey(e)
                    : Problems.of(Fields.FILE, Fields.SYNTAX, SyntaxMessages.of(e, body));
        } catch (IOException | RuntimeException e) {
            // Parsers may fail in ways they do not declare; for a configuration that is still unreadable text.
            throw Problems.of(Fields.FILE, Fields.SYNTAX, "cannot be parsed as " + format + ": "
                    + MessageText.printable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        if (trailing != null) {
            throw Problems.of(Fields.FILE, Fields.SYNTAX, SyntaxMessages.at(trailing) + "expected the end after the "
                    + "configuration, but found more; a file holds exactly one configuration");
        }
        return tree == null ? mapper.missingNode() : tree;
    }

    /**
     * Jackson's and SnakeYAML's own limit messages name their internal methods; say which limit in our words.
     * Only nesting can be hit: the size was checked before parsing.
     */
    private static InvalidInputException tooLarge(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage()) + " " + String.valueOf(e.getCause());
        if (message.contains("esting") || message.contains("depth")) {
            return InputLimits.tooDeep(SyntaxMessages.at(e.getLocation()));
        }
        return InputLimits.tooLarge("the configuration text", "more than the limit", "characters");
    }

    private static boolean isScannerLimit(YAMLException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("Nesting Depth exceeded") || message.contains("exceeds the limit");
    }

    private static boolean isDuplicateKey(JsonProcessingException e) {
        return e.getProcessor() instanceof JsonParser && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith("Duplicate field");
    }

    private static InvalidInputException duplicateKey(JsonProcessingException e) {
        JsonParser parser = (JsonParser) e.getProcessor();
        return Problems.of(path(parser.getParsingContext().pathAsPointer()), Fields.DUPLICATE,
                SyntaxMessages.at(e.getLocation()) + MessageText.quote(parser.getParsingContext().getCurrentName())
                        + " is given twice; give each field once");
    }

    /** A pointer such as {@code /options/includeCI} or {@code /a/0/b} as {@code options.includeCI}, {@code a[0].b}. */
    private static String path(JsonPointer pointer) {
        StringBuilder path = new StringBuilder();
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
            if (p.getMatchingIndex() >= 0) {
                path.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(MessageText.fieldName(p.getMatchingProperty()));
            }
        }
        return path.length() == 0 ? Fields.FILE : path.toString();
    }
}
