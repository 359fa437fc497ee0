package dev.csmb.engine.runtime;

import dev.csmb.engine.fixtures.FixturePlatformGenerator;
import dev.csmb.engine.testkit.CsmbTestKit;
import dev.csmb.spi.GenerationContext;
import dev.csmb.spi.RuntimeSpec;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A platform that receives over HTTP ({@code RuntimeSpec.servesHttp()}) gets the runtime's HTTP server. */
class PlatformHttpTests {

    /** The fixture platform, declaring that it serves HTTP when its channel setting is {@code loopback}. */
    static final class HttpFixture extends FixturePlatformGenerator {
        @Override
        public Optional<RuntimeSpec> runtime(GenerationContext context) {
            if (!"loopback".equals(context.setting(CHANNEL.name()))) {
                return Optional.of(RUNTIME);
            }
            RuntimeSpec.Builder builder = RuntimeSpec.builder().servesHttp();
            RUNTIME.envVars().forEach(builder::envVar);
            return Optional.of(builder.build());
        }
    }

    private static final CsmbTestKit KIT = CsmbTestKit.forGenerator(new HttpFixture())
            .with(b -> b.projectName("Fixture Bot").description("A fixture bot that remembers its sessions."));

    @Test
    void aPlatformThatServesHttpGetsTheServerWithoutAnyModuleNeedingIt() {
        KIT.with(b -> b.setting("channel", "loopback")).generate()
                .hasFile("src/core/http.js")
                .fileContains("package.json", "\"express\": ")
                .fileContains(".env.example", "HTTP_PORT=")
                .fileContains("src/index.js", "await runtime.http.listen(config.http.port, config.http.host);")
                .fileContains("src/index.js", "createAdapter({ config, chat, commands, logger, runtime, onEnd:");
    }

    @Test
    void withoutItTheDefaultsHaveNoHttpServer() {
        KIT.generate()
                .doesNotHaveFile("src/core/http.js")
                .fileDoesNotContain("package.json", "\"express\": ")
                .fileDoesNotContain(".env.example", "HTTP_PORT=");
    }
}
