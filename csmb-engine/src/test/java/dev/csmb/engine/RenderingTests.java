package dev.csmb.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.csmb.api.DefinitionException;
import dev.csmb.api.Feature;
import dev.csmb.api.Priority;
import dev.csmb.engine.internal.model.ProjectModel;
import dev.csmb.engine.internal.render.TemplateRenderer;
import dev.csmb.engine.internal.runtime.RuntimePlan;
import dev.csmb.api.BuildConfiguration;
import dev.csmb.engine.fixtures.EchoGenerator;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RenderingTests {

    private final TemplateRenderer renderer = new TemplateRenderer(getClass().getClassLoader(), "/csmb/test-render/");

    private Map<String, Object> model() {
        BuildConfiguration config = BuildConfiguration.builder("test-echo").projectName("Bot")
                .description("a description").priorities(Priority.SESSION_MANAGEMENT, Priority.ERROR_HANDLING).build();
        return ProjectModel.base(config, new EchoGenerator().descriptor(), EnumSet.noneOf(Feature.class),
                EnumSet.noneOf(Feature.class), RuntimePlan.of(config, EnumSet.noneOf(Feature.class)), "test");
    }

    @Test
    void userTextWithoutAHelperFailsGeneration() {
        assertThatThrownBy(() -> renderer.render("unescaped.txt.hbs", model()))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("unescaped.txt")
                .hasMessageContaining("escaping helper");
    }

    @Test
    void unknownValuesFailGeneration() {
        assertThatThrownBy(() -> renderer.render("typo.txt.hbs", model()))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("typo.txt");
    }

    @Test
    void aFileWithoutTemplateIsCopiedVerbatimTagsAndAll() {
        assertThat(renderer.render("static.js.hbs", model())).isEqualTo("export const text = '{{not a tag}}';\n");
        assertThat(renderer.render("static.js", model())).isEqualTo("export const text = '{{not a tag}}';\n");
    }

    @Test
    void aFileThatIsBothTemplateAndStaticIsADefinitionProblem() {
        assertThatThrownBy(() -> renderer.render("both.txt", model()))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("both.txt.hbs and both.txt");
    }

    @Test
    void missingTemplateIsADefinitionProblem() {
        assertThatThrownBy(() -> renderer.render("nope.txt.hbs", model()))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("not found");
    }
}
