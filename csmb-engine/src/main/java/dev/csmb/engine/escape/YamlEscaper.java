package dev.csmb.engine.escape;

/**
 * Writes YAML double-quoted scalars on one line, readable by YAML 1.2 and 1.1 parsers alike.
 *
 * <p>Escapes {@code \} and {@code "}; tab, line feed and carriage return as {@code \t}, {@code \n},
 * {@code \r}; every other control (including NEL, which YAML 1.1 reads as a line break) as {@code \xNN}; line
 * and paragraph separators, format characters (bidi controls, zero-width characters, BOM) and noncharacters as
 * {@code \}{@code uXXXX} or {@code \}{@code UXXXXXXXX}. Everything else, emoji and right-to-left letters included,
 * is written as is: YAML allows it in a double-quoted scalar.
 */
final class YamlEscaper {

    private YamlEscaper() {
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16).append('"');
        for (int i = 0; i < text.length(); i += CodePoints.width(text, i)) {
            int cp = CodePoints.at(text, i);
            switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (CodePoints.isControl(cp)) {
                        out.append("\\x").append(CodePoints.hex(cp, 2));
                    } else if (CodePoints.isInvisible(cp) || CodePoints.isNoncharacter(cp)) {
                        out.append(cp > 0xFFFF ? "\\U" : "\\u").append(CodePoints.hex(cp, cp > 0xFFFF ? 8 : 4));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
