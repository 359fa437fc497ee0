package dev.csmb.engine.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.GeneratedSolution;
import dev.csmb.api.PlatformSetting;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The platform-settings part of the plugin contract, usable on its own: every value of every declared setting
 * generates a complete, deterministic project whose JavaScript parses, and names or values the platform does not
 * declare are validation errors on {@code settings.<name>}. {@link PlatformGeneratorContractTests} runs it for every
 * platform.
 */
public final class SettingsContract {

    private SettingsContract() {
    }

    /** One dynamic test per setting value ({@code mode=webhook}), each on {@code base} with that value set. */
    public static Stream<DynamicTest> eachValueGenerates(CsmbTestKit kit, BuildConfiguration base, Path dir) {
        List<DynamicTest> tests = new ArrayList<>();
        for (PlatformSetting setting : kit.engine().platform(base.platform()).orElseThrow().settings()) {
            for (PlatformSetting.Value value : setting.values()) {
                String name = setting.name() + "=" + value.id();
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    BuildConfiguration configuration = base.toBuilder().setting(setting.name(), value.id()).build();
                    GeneratedProject project = kit.with(configuration).generate();
                    project.hasFile("package.json", "README.md", "src/index.js", "src/platform/adapter.js");
                    assertThat(project.solution().configuration().settings()).as(name)
                            .containsEntry(setting.name(), value.id());
                    GeneratedSolution again = kit.with(configuration).generate().solution();
                    assertThat(again.files()).as(name + ": same settings give the same bytes")
                            .isEqualTo(project.solution().files());
                    NodeSyntax.assertAllJavaScriptParses(project.writeTo(dir.resolve(setting.name() + "-" + value.id())),
                            name);
                }));
            }
        }
        return tests.stream();
    }

    /** A setting the platform does not declare, and a value no declared setting allows, are errors naming the key. */
    public static void undeclaredNamesAndValuesAreErrors(CsmbTestKit kit) {
        kit.with(b -> b.setting("no-such-setting", "on")).validate()
                .hasError("settings.no-such-setting", "unknown-setting");
        for (PlatformSetting setting : kit.engine().platform(kit.configuration().platform()).orElseThrow().settings()) {
            kit.with(b -> b.setting(setting.name(), "no-such-value")).validate()
                    .hasError("settings." + setting.name(), "unknown-setting-value")
                    .messageContains("settings." + setting.name(), String.join(", ", setting.valueIds()));
        }
    }
}
