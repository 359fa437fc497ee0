package dev.csmb.engine.codec;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import java.util.Locale;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Turns a parser's complaint into one line for people: {@code line 3, column 14: <what was wrong and what was
 * expected>}, without class names, source excerpts or stack traces.
 */
final class SyntaxMessages {

    private static final Pattern NESTED_LOCATION =
            Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");
    private static final Pattern YAML_EVENT =
            Pattern.compile("<org\\.yaml\\.snakeyaml\\.events\\.(\\w+)Event\\([^>]*\\)>");
    private static final int MAX_LENGTH = 300;

    private SyntaxMessages() {
    }

    /** The message for a Jackson failure to parse {@code text}; YAML failures use SnakeYAML's own positions. */
    static String of(JacksonException e, String text) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            return yaml(yaml);
        }
        if (e.getCause() instanceof ReaderException reader) {
            return atCodePoint(text, reader.getPosition()) + "the character U+" + hex(reader.getCodePoint())
                    + " is not allowed in YAML; inside double quotes, write it as the escape \\u"
                    + hex(reader.getCodePoint());
        }
        return at(e.getLocation()) + clean(e.getOriginalMessage());
    }

    /** {@code "line L, column C: "} for a location, or nothing when the parser gave none. */
    static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return "line " + location.getLineNr() + (location.getColumnNr() < 1 ? "" : ", column " + location.getColumnNr())
                + ": ";
    }

    /** {@code "line L, column C: "} for the code point at {@code index} of {@code text}. */
    private static String atCodePoint(String text, int index) {
        int line = 1;
        int column = 1;
        int offset = 0;
        for (int i = 0; i < index && offset < text.length(); i++) {
            int cp = text.codePointAt(offset);
            offset += Character.charCount(cp);
            boolean newLine = cp == '\n' || (cp == '\r' && (offset >= text.length() || text.charAt(offset) != '\n'));
            line += newLine ? 1 : 0;
            column = newLine ? 1 : column + 1;
        }
        return "line " + line + ", column " + column + ": ";
    }

    private static String hex(int codePoint) {
        String hex = Integer.toHexString(codePoint).toUpperCase(Locale.ROOT);
        return "0".repeat(Math.max(0, 4 - hex.length())) + hex;
    }

    private static String yaml(MarkedYAMLException e) {
        String message = at(e.getProblemMark()) + clean(e.getProblem());
        Mark context = e.getContextMark();
        if (e.getContext() != null && context != null) {
            message += " (" + clean(e.getContext()) + " at line " + (context.getLine() + 1) + ", column "
                    + (context.getColumn() + 1) + ")";
        }
        return message;
    }

    private static String at(Mark mark) {
        return "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ": ";
    }

    private static String clean(String message) {
        String text = message == null ? "not readable" : message;
        text = NESTED_LOCATION.matcher(text).replaceAll("line $1, column $2");
        text = YAML_EVENT.matcher(text).replaceAll(r -> describeEvent(r.group(1)));
        text = MessageText.printable(text.replaceAll("\\s+", " ").strip());
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "..." : text;
    }

    private static String describeEvent(String event) {
        return switch (event) {
            case "SequenceStart" -> "a list";
            case "MappingStart" -> "a mapping";
            default -> event.toLowerCase(Locale.ROOT);
        };
    }
}
