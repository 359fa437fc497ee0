package dev.csmb.platform.webchat;

import dev.csmb.engine.testkit.PlatformGeneratorContractTests;
import dev.csmb.spi.PlatformGenerator;

class WebChatPlatformGeneratorContractTests extends PlatformGeneratorContractTests {

    @Override
    protected PlatformGenerator generator() {
        return new WebChatPlatformGenerator();
    }
}
