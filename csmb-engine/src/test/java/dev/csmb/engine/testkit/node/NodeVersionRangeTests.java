package dev.csmb.engine.testkit.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NodeVersionRangeTests {

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource(delimiter = ';', value = {
        ">=22.13.0      ; 22.13.0 ; true",
        ">=22.13.0      ; 22.23.3 ; true",
        ">=22.13.0      ; 24.0.0  ; true",
        ">=22.13.0      ; 22.12.9 ; false",
        ">=22.13.0      ; 20.20.2 ; false",
        ">= 22.13.0     ; 22.13.0 ; true",
        "^22            ; 22.0.0  ; true",
        "^22            ; 22.99.1 ; true",
        "^22            ; 23.0.0  ; false",
        "^22            ; 21.9.9  ; false",
        "^22.13.0       ; 22.12.0 ; false",
        "^22.13.0       ; 22.13.5 ; true",
        "^0.2.3         ; 0.2.9   ; true",
        "^0.2.3         ; 0.3.0   ; false",
        "^0.0.3         ; 0.0.4   ; false",
        "22.x           ; 22.0.0  ; true",
        "22.x           ; 22.23.3 ; true",
        "22.x           ; 23.0.0  ; false",
        "22.X           ; 21.0.0  ; false",
        "22.*           ; 22.5.0  ; true",
        "22             ; 22.1.0  ; true",
        "22             ; 23.0.0  ; false",
        "22.13          ; 22.13.9 ; true",
        "22.13          ; 22.14.0 ; false",
        "22.13.0        ; 22.13.0 ; true",
        "=22.13.0       ; 22.13.1 ; false",
        "v22.13.0       ; 22.13.0 ; true",
        "~22.13         ; 22.13.7 ; true",
        "~22.13.2       ; 22.13.1 ; false",
        "~22.13         ; 22.14.0 ; false",
        "~22            ; 22.99.0 ; true",
        ">22            ; 22.99.0 ; false",
        ">22            ; 23.0.0  ; true",
        ">22.13         ; 22.14.0 ; true",
        ">22.13.0       ; 22.13.0 ; false",
        "<23            ; 22.99.9 ; true",
        "<23            ; 23.0.0  ; false",
        "<=22           ; 22.99.9 ; true",
        "<=22.13        ; 22.13.9 ; true",
        "<=22.13        ; 22.14.0 ; false",
        ">=20 <23       ; 22.0.0  ; true",
        ">=20 <23       ; 23.0.0  ; false",
        "20 - 22        ; 22.99.0 ; true",
        "20 - 22        ; 23.0.0  ; false",
        "20.1 - 22.13.0 ; 20.0.9  ; false",
        "20.1 - 22.13.0 ; 22.13.0 ; true",
        "^20.19 || >=22.12 ; 21.0.0 ; false",
        "^20.19 || >=22.12 ; 20.19.0 ; true",
        "^20.19 || >=22.12 ; 22.12.0 ; true",
        "*              ; 0.0.1   ; true",
        "''             ; 18.0.0  ; true",
        "x              ; 25.0.0  ; true",
    })
    void decidesMembershipLikeNodeSemver(String range, String version, boolean expected) {
        assertThat(NodeVersionRange.parse(range).satisfiedBy(NodeVersion.parse(version))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} means {1}")
    @CsvSource(delimiter = ';', value = {
        ">=22.13.0 ; >=22.13.0",
        "^22       ; >=22.0.0 <23.0.0",
        "22.x      ; >=22.0.0 <23.0.0",
        "~22.13    ; >=22.13.0 <22.14.0",
        "20 - 22   ; >=20.0.0 <23.0.0",
        "^20 || 22 ; >=20.0.0 <21.0.0 || >=22.0.0 <23.0.0",
    })
    void desugarsToPlainComparators(String range, String desugared) {
        assertThat(NodeVersionRange.parse(range).desugared()).isEqualTo(desugared);
    }

    @ParameterizedTest
    @ValueSource(strings = {"latest", ">=22.13.0-rc.1", "22.13.0.1", "^a", ">=", "22 - ", "node22"})
    void refusesWhatIsNotARange(String text) {
        assertThatThrownBy(() -> NodeVersionRange.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a version range: '" + text + "'");
    }
}
