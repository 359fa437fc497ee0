package com.example.csmb.pipe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * csmb's docs/plugins.md shows this plugin's pom and its adapter's JSDoc as what a plugin author copies; these tests
 * keep them the same, so the documented JSDoc is the one whose generated project type-checks in GeneratedProjectIT.
 * (They tie this example to the csmb repository it lives in; a plugin of your own leaves them out.)
 */
class DocumentedPluginTests {

    private static final Path DOCS = Path.of("../../docs/plugins.md");

    private static String block(String markdown, String language, String after) {
        Matcher m = Pattern.compile("```" + language + "\n(.*?)```\n", Pattern.DOTALL)
                .matcher(markdown.substring(markdown.indexOf(after)));
        assertThat(m.find()).as("a ```%s block after %s in %s", language, after, DOCS).isTrue();
        return m.group(1);
    }

    @Test
    void theDocumentedPomIsThisPom() throws IOException {
        String documented = block(Files.readString(DOCS), "xml", "## The Maven project");
        assertThat(documented).isEqualTo(Files.readString(Path.of("pom.xml")));
    }

    @Test
    void theAdapterBeginsWithTheDocumentedJsDoc() throws IOException {
        String documented = block(Files.readString(DOCS), "js", "## The adapter contract");
        assertThat(documented).startsWith("/**").contains("@returns {Adapter}");
        String adapter = Files.readString(Path.of("src/main/resources/csmb/jsonl-pipe/src/platform/adapter.js.hbs"));
        assertThat(adapter).startsWith("// @ts-check\n").contains(documented);
    }
}
