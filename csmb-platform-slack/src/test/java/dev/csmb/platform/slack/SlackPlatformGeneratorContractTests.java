package dev.csmb.platform.slack;

import dev.csmb.engine.testkit.PlatformGeneratorContractTests;
import dev.csmb.spi.PlatformGenerator;

class SlackPlatformGeneratorContractTests extends PlatformGeneratorContractTests {

    @Override
    protected PlatformGenerator generator() {
        return new SlackPlatformGenerator();
    }
}
