package dev.csmb.engine.runtime;

import dev.csmb.engine.fixtures.FixturePlatformGenerator;
import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.engine.internal.runtime.RuntimePlan;
import dev.csmb.engine.testkit.CsmbTestKit;
import dev.csmb.engine.testkit.EnvFile;
import dev.csmb.spi.EnvVar;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code .env.example} lists exactly the variables the selected choices read: those the applying runtime modules
 * declare, then the platform's, each once, in that order, with its default as the example value.
 */
class EnvExampleTests {

    private static final CsmbTestKit KIT = CsmbTestKit.forGenerator(new FixturePlatformGenerator());

    static List<Named<BuildConfiguration>> configurations() {
        return ChoiceConfigurations.all(KIT, new FixturePlatformGenerator().descriptor());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configurations")
    void listsExactlyTheDeclaredVariables(BuildConfiguration configuration) {
        String example = KIT.with(configuration).generate().text(".env.example");
        List<EnvVar> declared = new ArrayList<>(NothingForUnselectedChoicesTests.plan(configuration).envVars());
        declared.addAll(FixturePlatformGenerator.RUNTIME.envVars());

        assertThat(EnvFile.variables(example)).containsExactlyInAnyOrderElementsOf(
                declared.stream().map(EnvVar::name).toList());
        List<String> assignments = example.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(assignments).containsExactlyElementsOf(
                declared.stream().map(v -> v.name() + "=" + v.example()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configurations")
    void everyVariableHasAComment(BuildConfiguration configuration) {
        List<String> lines = KIT.with(configuration).generate().text(".env.example").lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank() && !lines.get(i).startsWith("#")) {
                assertThat(lines.get(i - 1)).as("the line before " + lines.get(i)).startsWith("# ");
            }
        }
    }
}
