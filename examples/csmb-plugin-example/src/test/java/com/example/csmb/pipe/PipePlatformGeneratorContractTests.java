package com.example.csmb.pipe;

import dev.csmb.engine.testkit.PlatformGeneratorContractTests;
import dev.csmb.spi.PlatformGenerator;

/** The contract every csmb platform keeps, run on this one through the kit. */
class PipePlatformGeneratorContractTests extends PlatformGeneratorContractTests {

    @Override
    protected PlatformGenerator generator() {
        return new PipePlatformGenerator();
    }
}
