package dev.csmb.engine.escape;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks shared by the tests of the quoted escapers. */
final class EscapedTokens {

    private EscapedTokens() {
    }

    /**
     * A JS/JSON literal: quoted, one line, no {@code <}, no {@code *}{@code /}, and nothing invisible or
     * ill-formed: no control, format or separator character and no lone surrogate.
     */
    static void assertPlainQuotedLiteral(String token, PropertyCase c) {
        assertThat(token).as(c.context()).startsWith("\"").endsWith("\"").hasSizeGreaterThanOrEqualTo(2);
        assertThat(token).as(c.context()).doesNotContain("<", "*/");
        assertNoRawSpecials(token, c);
    }

    /** No raw line terminator, control, format character, separator or lone surrogate anywhere. */
    static void assertNoRawSpecials(String token, PropertyCase c) {
        for (int i = 0; i < token.length(); i += Character.charCount(token.codePointAt(i))) {
            int cp = token.codePointAt(i);
            assertThat(CodePoints.isLineTerminator(cp) || CodePoints.isControl(cp) || CodePoints.isInvisible(cp)
                    || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE))
                    .as("%s: raw U+%04X at %d in %s", c.context(), cp, i, token).isFalse();
        }
    }
}
