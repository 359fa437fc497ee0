package dev.csmb.platform.twitter;

import dev.csmb.engine.testkit.PlatformGeneratorContractTests;
import dev.csmb.spi.PlatformGenerator;

class TwitterPlatformGeneratorContractTests extends PlatformGeneratorContractTests {

    @Override
    protected PlatformGenerator generator() {
        return new TwitterPlatformGenerator();
    }
}
