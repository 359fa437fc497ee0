package dev.csmb.engine.escape;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the {@code dotenv} package reads a double-quoted value, as its README documents it ("double quoted
 * values expand new lines", inner whitespace kept): the value runs to the closing quote, and {@code \n} and
 * {@code \r} become LF and CR. Its line pattern lets {@code \"} stand for a quote, so a value must not hold a
 * quote or end in a backslash, or dotenv reads past its end. Node's own parser is tested for real; dotenv is
 * not a dependency, so this model stands in for it.
 */
final class DotenvRules {

    private DotenvRules() {
    }

    /** The value dotenv reads from {@code KEY=<token>}, after checking the token is one it reads whole. */
    static String read(String token, PropertyCase c) {
        assertThat(token).as(c.context()).startsWith("\"").endsWith("\"").hasSizeGreaterThanOrEqualTo(2);
        String inner = token.substring(1, token.length() - 1);
        assertThat(inner).as("%s: no quote inside, no line break", c.context()).doesNotContain("\"", "\n", "\r");
        assertThat(inner).as("%s: no backslash before the closing quote", c.context()).doesNotEndWith("\\");
        return inner.replace("\\n", "\n").replace("\\r", "\r");
    }
}
