package dev.csmb.server.engine;

import dev.csmb.engine.CsmbEngine;
import dev.csmb.engine.codec.ConfigurationCodec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one engine the server uses: platforms discovered on the class path, so a plugin jar added to the
 * application shows up in the API and the wizard with no code change. The engine is immutable and thread-safe.
 */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    @Bean
    CsmbEngine csmbEngine() {
        return CsmbEngine.builder().classLoader(EngineConfiguration.class.getClassLoader()).build();
    }

    @Bean
    ConfigurationCodec configurationCodec(CsmbEngine engine) {
        return new ConfigurationCodec(engine::platform);
    }
}
