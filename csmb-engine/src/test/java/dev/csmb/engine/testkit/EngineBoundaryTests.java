package dev.csmb.engine.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EngineBoundaryTests {

    @Test
    void aClassOutsideTheEngineUsingItsInternalsFails() {
        assertThatThrownBy(() -> EngineBoundary.check("dev.csmb.outside")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("dev.csmb.outside.InternalsUser")
                .hasMessageContaining("dev.csmb.engine.internal.model.Slugs");
    }

    @Test
    void theEngineItselfMayUseThem() {
        EngineBoundary.check("dev.csmb.engine.testkit");
    }

    @Test
    void aPackageWithoutClassesIsAMistakeNotAPass() {
        assertThatThrownBy(() -> EngineBoundary.check("dev.csmb.nothing.here")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("no classes found");
    }
}
