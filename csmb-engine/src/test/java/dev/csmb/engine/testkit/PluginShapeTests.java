package dev.csmb.engine.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.csmb.engine.fixtures.EchoGenerator;
import dev.csmb.engine.fixtures.FixturePlatformGenerator;
import dev.csmb.engine.fixtures.RuntimeEchoGenerator;
import org.junit.jupiter.api.Test;

/** The contract tests' two shape rules fail a plugin that leaves out the runtime or its platform test. */
class PluginShapeTests {

    @Test
    void aPlatformWithoutARuntimeFailsWithWhatToDo() {
        // EchoGenerator renders package.json and one source file, nothing else: the 1-file plugin of issue 8.
        assertThatThrownBy(() -> PluginShape.requireRuntime(CsmbTestKit.forGenerator(new EchoGenerator())
                .generate().solution()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("platform 'test-echo' declares no runtime")
                .hasMessageContaining("src/core/runtime.js")
                .hasMessageContaining("runtime(context)")
                .hasMessageContaining("docs/plugins.md");
    }

    @Test
    void aPlatformWithoutAPlatformTestFailsWithWhatToDo() {
        CsmbTestKit kit = CsmbTestKit.forGenerator(new RuntimeEchoGenerator("Echo", ""));
        PluginShape.requireRuntime(kit.generate().solution());
        assertThatThrownBy(() -> PluginShape.requirePlatformTest(kit.generate().solution()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("platform 'test-runtime' contributes no platform test")
                .hasMessageContaining("test/platform/")
                .hasMessageContaining("context.render(\"test/platform/adapter.test.js\")")
                .hasMessageContaining("docs/plugins.md");
    }

    @Test
    void withoutTestsNoPlatformTestIsRequired() {
        CsmbTestKit kit = CsmbTestKit.forGenerator(new RuntimeEchoGenerator("Echo", ""))
                .with(b -> b.options(b.build().options().withIncludeTests(false)));
        assertThatCode(() -> PluginShape.requirePlatformTest(kit.generate().solution())).doesNotThrowAnyException();
    }

    @Test
    void theFixturePlatformHasBoth() {
        CsmbTestKit kit = CsmbTestKit.forGenerator(new FixturePlatformGenerator());
        assertThatCode(() -> {
            PluginShape.requireRuntime(kit.generate().solution());
            PluginShape.requirePlatformTest(kit.generate().solution());
        }).doesNotThrowAnyException();
    }
}
