package dev.csmb.platform.discord;

import dev.csmb.engine.testkit.PlatformGeneratorContractTests;
import dev.csmb.spi.PlatformGenerator;

class DiscordPlatformGeneratorContractTests extends PlatformGeneratorContractTests {

    @Override
    protected PlatformGenerator generator() {
        return new DiscordPlatformGenerator();
    }
}
