package dev.csmb.engine.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The streaming {@code if}, {@code unless} and {@code each} write what Handlebars' built-in helpers write: every item
 * variable, nesting, parent paths, an empty list's inverse, the {@code base} hash, and the cases they hand back to the
 * built-in helper (block parameters, the properties of an object, a value that is not there).
 */
class StreamingHelpersTests {

    private static final String TEMPLATE = "blocks.txt";

    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void streamingHelpersWriteWhatTheBuiltInOnesWrite() {
        Map<String, Object> model = model();
        TemplateRenderer streaming = new TemplateRenderer(loader, "/csmb/test-blocks/");
        String expected = TemplateRenderer.reference(loader, "/csmb/test-blocks/").render(TEMPLATE, model);

        assertThat(streaming.render(TEMPLATE, model)).isEqualTo(expected);
        assertThat(streaming.file(TEMPLATE, "blocks.txt", false, model).content())
                .isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theTemplateExercisesEveryBranch() {
        String text = new TemplateRenderer(loader, "/csmb/test-blocks/").render(TEMPLATE, model());

        assertThat(text).isEqualTo("""
                0/1 0 [first|||even] café of Menu…
                  <a,><b>
                1/2 1 [||odd|] tea of Menu…
                  no tags 🙂
                2/3 2 [|last||even] π of Menu…
                  <c>
                nothing in none
                10first 11odd 12\s
                0=café 1=tea 2=π\s
                one:1, two:2
                missing is empty
                """);
    }

    private static Map<String, Object> model() {
        Map<String, Object> byKey = new LinkedHashMap<>();
        byKey.put("one", 1);
        byKey.put("two", 2);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Menu");
        model.put("items", List.of(item("café", List.of("a", "b")), item("tea", List.of()), item("π", List.of("c"))));
        model.put("none", List.of());
        model.put("byKey", byKey);
        model.put("missing", List.of());
        return model;
    }

    private static Map<String, Object> item(String name, List<String> tags) {
        return Map.of("name", name, "tags", tags);
    }
}
