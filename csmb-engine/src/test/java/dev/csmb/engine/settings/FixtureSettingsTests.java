package dev.csmb.engine.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.DefinitionException;
import dev.csmb.api.Violation;
import dev.csmb.engine.CsmbEngine;
import dev.csmb.engine.fixtures.FixturePlatformGenerator;
import dev.csmb.engine.testkit.CsmbTestKit;
import dev.csmb.engine.testkit.GeneratedProject;
import dev.csmb.engine.testkit.SettingsContract;
import dev.csmb.spi.GenerationContext;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Platform settings end to end on the fixture platform, whose {@code channel} setting changes its adapter. */
class FixtureSettingsTests {

    private static final CsmbTestKit KIT = CsmbTestKit.forGenerator(new FixturePlatformGenerator());

    @Test
    void theDefaultIsFilledInAndRendered() {
        GeneratedProject project = KIT.generate();
        assertThat(project.solution().configuration().settings()).isEqualTo(Map.of("channel", "fixture"));
        project.fileContains("src/platform/adapter.js", "const CHANNEL_ID = 'fixture';")
                .fileDoesNotContain("src/platform/adapter.js", "loopback");
    }

    @Test
    void anotherValueChangesTheGeneratedFile() {
        GeneratedProject project = KIT.with(b -> b.setting("channel", "loopback")).generate();
        project.fileContains("src/platform/adapter.js", "// The loopback channel: set with the fixture's `channel` "
                + "setting.\nconst CHANNEL_ID = 'loopback';");
        project.fileContains("test/platform/adapter.test.js", "channelId: 'loopback'");
        assertThat(project.solution().configuration().settings()).isEqualTo(Map.of("channel", "loopback"));
    }

    @Test
    void validationSeesTheDefaultsToo() {
        CsmbEngine engine = KIT.engine();
        assertThat(engine.validate(KIT.configuration()).isValid()).isTrue();
        BuildConfiguration explicit = KIT.configuration().withSettings(Map.of("channel", "fixture"));
        assertThat(engine.generate(explicit).files()).isEqualTo(engine.generate(KIT.configuration()).files());
    }

    @Test
    void anUnknownSettingNamesTheKeyAndListsTheKnownOnes() {
        Violation v = single(KIT.with(b -> b.setting("mdoe", "webhook")));
        assertThat(v.field()).isEqualTo("settings.mdoe");
        assertThat(v.code()).isEqualTo("unknown-setting");
        assertThat(v.message()).isEqualTo("'mdoe' is not a setting of test-fixture (its settings: channel)");
    }

    @Test
    void aValueNotAllowedListsTheAllowedOnes() {
        Violation v = single(KIT.with(b -> b.setting("channel", "web")));
        assertThat(v.field()).isEqualTo("settings.channel");
        assertThat(v.code()).isEqualTo("unknown-setting-value");
        assertThat(v.message()).isEqualTo("'web' is not a value of channel (allowed: fixture, loopback)");
    }

    @Test
    void hostileNamesAndValuesAreShownEscaped() {
        Violation value = single(KIT.with(b -> b.setting("channel", "loop\u202Eback\n")));
        assertThat(value.message()).startsWith("'loop\\u202Eback\\u000A' is not a value of channel");
        Violation name = single(KIT.with(b -> b.setting("a\u0000b", "x")));
        assertThat(name.field()).isEqualTo("settings.\"a\\u0000b\"");
        assertThat(name.message()).startsWith("'a\\u0000b' is not a setting");
    }

    @Test
    void aPluginAskingForAnUndeclaredSettingIsADefinitionErrorNamingIt() {
        FixturePlatformGenerator buggy = new FixturePlatformGenerator() {
            @Override
            public void generate(GenerationContext context) {
                context.setting("mode");
                super.generate(context);
            }
        };
        assertThatThrownBy(() -> CsmbTestKit.forGenerator(buggy).generate())
                .isInstanceOf(DefinitionException.class)
                .hasMessage("platform generator " + buggy.getClass().getName() + " ('test-fixture') asked for the "
                        + "setting 'mode', which its descriptor does not declare (declared: channel)");
    }

    @Test
    void undeclaredNamesAndValuesAreErrorsThroughTheContract() {
        SettingsContract.undeclaredNamesAndValuesAreErrors(KIT);
    }

    @TestFactory
    Stream<DynamicTest> everyValueGeneratesThroughTheContract(@TempDir Path dir) {
        return SettingsContract.eachValueGenerates(KIT, KIT.configuration(), dir);
    }

    private static Violation single(CsmbTestKit kit) {
        var violations = kit.engine().validate(kit.configuration()).violations();
        assertThat(violations).hasSize(1);
        return violations.get(0);
    }
}
