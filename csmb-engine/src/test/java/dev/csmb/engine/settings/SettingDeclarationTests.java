package dev.csmb.engine.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.api.PlatformSetting;
import dev.csmb.engine.CsmbEngine;
import dev.csmb.engine.DiscoveryProblem;
import dev.csmb.engine.fixtures.EchoGenerator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How a plugin declares settings: the value's own invariants, and the engine's checks at discovery. */
class SettingDeclarationTests {

    private static final PlatformSetting MODE = PlatformSetting.of("mode", "How updates arrive.",
            PlatformSetting.value("polling", "Long polling."), PlatformSetting.value("webhook", "An HTTPS webhook."));

    @Test
    void ofTakesTheFirstValueAsTheDefaultAndKeepsTheOrder() {
        assertThat(MODE.defaultValue()).isEqualTo("polling");
        assertThat(MODE.valueIds()).containsExactly("polling", "webhook");
        assertThat(MODE.allows("webhook")).isTrue();
        assertThat(MODE.allows("Webhook")).isFalse();
        assertThat(MODE.allowedValue("webhook")).map(PlatformSetting.Value::description).contains("An HTTPS webhook.");
    }

    @Test
    void theDefaultMustBeAllowedAndValuesUnique() {
        List<PlatformSetting.Value> values = MODE.values();
        assertThatThrownBy(() -> new PlatformSetting("mode", "d", values, "socket"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("setting 'mode' has the default 'socket', which is not one of its values [polling, webhook]");
        assertThatThrownBy(() -> new PlatformSetting("mode", "d", List.of(values.get(0), values.get(0)), "polling"))
                .hasMessage("setting 'mode' lists the value 'polling' twice");
        assertThatThrownBy(() -> new PlatformSetting("mode", "d", List.of(), "polling"))
                .hasMessage("setting 'mode' must allow at least one value");
        assertThatThrownBy(() -> new PlatformSetting(null, "d", values, "polling")).hasMessage("name must not be null");
    }

    @Test
    void descriptorsWithoutSettingsKeepTheirOldConstructor() {
        PlatformDescriptor old = new EchoGenerator().descriptor();
        assertThat(old.settings()).isEmpty();
        assertThat(old.withSettings(MODE).setting("mode")).contains(MODE);
        assertThat(old.withSettings(MODE).setting("port")).isEmpty();
    }

    @Test
    void configurationSettingsAreSortedImmutableAndNullsAreNamed() {
        BuildConfiguration c = BuildConfiguration.builder("x").setting("transport", "a").setting("mode", "b").build();
        assertThat(c.settings().keySet()).containsExactly("mode", "transport");
        assertThatThrownBy(() -> c.settings().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(c.toBuilder().build()).isEqualTo(c);
        assertThatThrownBy(() -> BuildConfiguration.builder("x").setting("mode", null))
                .hasMessage("settings.mode must not be null");
        assertThatThrownBy(() -> BuildConfiguration.builder("x").setting(null, "a"))
                .hasMessage("setting name must not be null");
        Map<String, String> withNull = new HashMap<>();
        withNull.put(null, "a");
        assertThatThrownBy(() -> BuildConfiguration.builder("x").settings(withNull))
                .hasMessage("settings must not contain a null name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mode", "", "1mode", "mode-", "a--b", "mode_x", "a-very-long-setting-name-over-30"})
    void aBadSettingNameIsADiscoveryProblemNamingThePlugin(String name) {
        PlatformSetting bad = new PlatformSetting(name, "d", MODE.values(), "polling");
        DiscoveryProblem problem = onlyProblem(new Declaring(bad));
        assertThat(problem.message()).startsWith("declares a setting with the invalid name ")
                .endsWith("setting names and values are 1-30 characters: lower-case ASCII letters and digits in "
                        + "words joined by single '-', starting with a letter");
    }

    @Test
    void badValuesDescriptionsAndDuplicatesAreDiscoveryProblems() {
        PlatformSetting badValue = PlatformSetting.of("mode", "d", PlatformSetting.value("Web Hook", "x"));
        assertThat(onlyProblem(new Declaring(badValue)).message())
                .startsWith("declares the setting 'mode' with the invalid value 'Web Hook'");
        PlatformSetting blank = PlatformSetting.of("mode", " ", PlatformSetting.value("webhook", "x"));
        assertThat(onlyProblem(new Declaring(blank)).message()).contains("blank description of setting 'mode'");
        PlatformSetting hidden = PlatformSetting.of("mode", "d", PlatformSetting.value("webhook", "x\u202Ey"));
        assertThat(onlyProblem(new Declaring(hidden)).message())
                .contains("description of value 'webhook' of setting 'mode'", "\\u202E");
        assertThat(onlyProblem(new Declaring(MODE, MODE)).message()).isEqualTo("declares the setting 'mode' twice");
    }

    @Test
    void wellDeclaredSettingsAreShownByTheEngine() {
        CsmbEngine engine = CsmbEngine.builder().autoDiscovery(false).generator(new Declaring(MODE)).build();
        assertThat(engine.discoveryProblems()).isEmpty();
        assertThat(engine.platform("test-echo").orElseThrow().settings()).containsExactly(MODE);
    }

    private static DiscoveryProblem onlyProblem(Declaring generator) {
        CsmbEngine engine = CsmbEngine.builder().autoDiscovery(false).generator(generator).build();
        assertThat(engine.platforms()).isEmpty();
        List<DiscoveryProblem> failed = engine.discoveryProblems().stream()
                .filter(p -> p.kind() == DiscoveryProblem.Kind.GENERATOR_FAILED).toList();
        assertThat(failed).hasSize(1);
        DiscoveryProblem problem = failed.get(0);
        assertThat(problem.className()).isEqualTo(Declaring.class.getName());
        return problem;
    }

    /** The echo platform declaring the given settings. */
    static final class Declaring extends EchoGenerator {
        private final List<PlatformSetting> settings;

        Declaring(PlatformSetting... settings) {
            this.settings = List.of(settings);
        }

        @Override
        public PlatformDescriptor descriptor() {
            return super.descriptor().withSettings(settings);
        }
    }
}
