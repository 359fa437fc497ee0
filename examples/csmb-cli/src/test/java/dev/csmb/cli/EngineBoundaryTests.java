package dev.csmb.cli;

import dev.csmb.engine.testkit.EngineBoundary;
import org.junit.jupiter.api.Test;

/** The command line talks to the engine through its API only, like any embedding application. */
class EngineBoundaryTests {

    @Test
    void usesNoEngineInternals() {
        EngineBoundary.check("dev.csmb.cli");
    }
}
