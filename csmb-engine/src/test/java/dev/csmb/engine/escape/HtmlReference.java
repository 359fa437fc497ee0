package dev.csmb.engine.escape;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes escaped HTML text the way an HTML parser reads character references, for the five named ones and
 * numeric ones, and fails on anything an escaped text must not hold: a raw {@code < > " '}, a bare {@code &}, a
 * reference HTML does not decode to itself (NUL, CR, controls other than whitespace, U+0080..U+009F,
 * surrogates, noncharacters).
 */
final class HtmlReference {

    private static final Pattern REFERENCE =
            Pattern.compile("&(?:(amp|lt|gt|quot)|#(\\d{1,7})|#[xX]([0-9A-Fa-f]{1,6}));");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"");

    private HtmlReference() {
    }

    static String decode(String html, PropertyCase c) {
        assertThat(html).as("%s: no raw markup characters", c.context()).doesNotContain("<", ">", "\"", "'");
        StringBuilder text = new StringBuilder(html.length());
        int at = 0;
        for (int amp = html.indexOf('&'); amp >= 0; amp = html.indexOf('&', at)) {
            text.append(html, at, amp);
            Matcher m = REFERENCE.matcher(html).region(amp, html.length());
            assertThat(m.lookingAt()).as("%s: bare & at %d in %s", c.context(), amp, html).isTrue();
            if (m.group(1) != null) {
                text.append(NAMED.get(m.group(1)));
            } else {
                int cp = m.group(2) != null ? Integer.parseInt(m.group(2)) : Integer.parseInt(m.group(3), 16);
                assertThat(isCleanReference(cp)).as("%s: &#x%X; is an HTML parse error", c.context(), cp).isTrue();
                text.appendCodePoint(cp);
            }
            at = m.end();
        }
        return text.append(html.substring(at)).toString();
    }

    /** Whether HTML decodes {@code &#N;} to N without a parse error. */
    private static boolean isCleanReference(int cp) {
        boolean controlOtherThanWhitespace = Character.getType(cp) == Character.CONTROL
                && cp != '\t' && cp != '\n' && cp != '\f';
        return cp != 0 && cp <= Character.MAX_CODE_POINT && !controlOtherThanWhitespace
                && !(cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) && !CodePoints.isNoncharacter(cp);
    }
}
