package dev.csmb.engine.testkit.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NodeVersionTests {

    @Test
    void parsesWhatNodeAndNpmPrint() {
        assertThat(NodeVersion.parse("v22.13.0\n")).isEqualTo(new NodeVersion(22, 13, 0));
        assertThat(NodeVersion.parse("20.20.2")).isEqualTo(new NodeVersion(20, 20, 2));
        assertThat(NodeVersion.parse("v22.13.0")).hasToString("22.13.0");
    }

    @Test
    void comparesNumericallyNotAsText() {
        assertThat(NodeVersion.parse("22.9.0")).isLessThan(NodeVersion.parse("22.13.0"));
        assertThat(NodeVersion.parse("9.99.99")).isLessThan(NodeVersion.parse("10.0.0"));
        assertThat(NodeVersion.parse("22.13.1")).isGreaterThan(NodeVersion.parse("22.13.0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"22", "22.13", "22.13.0-rc.1", "x.1.2", "", "v", "22.13.0.1"})
    void refusesWhatIsNotAReleaseVersion(String text) {
        assertThatThrownBy(() -> NodeVersion.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }
}
