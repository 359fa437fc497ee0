package dev.csmb.engine.runtime;

import dev.csmb.api.DefinitionException;
import dev.csmb.engine.fixtures.FixturePlatformGenerator;
import dev.csmb.engine.testkit.CsmbTestKit;
import dev.csmb.spi.GenerationContext;
import dev.csmb.spi.RuntimeSpec;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** A platform's own npm scripts ({@code RuntimeSpec.Builder.script}) land in package.json after the runtime's. */
class PlatformScriptsTests {

    /** The fixture platform with one npm script of its own. */
    static final class ScriptFixture extends FixturePlatformGenerator {
        private final String name;

        ScriptFixture(String name) {
            this.name = name;
        }

        @Override
        public Optional<RuntimeSpec> runtime(GenerationContext context) {
            RuntimeSpec.Builder builder = RuntimeSpec.builder().script(name, "node src/platform/\"tool\".js");
            RUNTIME.envVars().forEach(builder::envVar);
            return Optional.of(builder.build());
        }
    }

    private static CsmbTestKit kit(String script) {
        return CsmbTestKit.forGenerator(new ScriptFixture(script))
                .with(b -> b.projectName("Fixture Bot").description("A fixture bot that remembers its sessions."));
    }

    @Test
    void aPlatformScriptFollowsStartAsJson() {
        kit("register").generate().fileContains("package.json", """
                    "start": "node src/index.js",
                    "register": "node src/platform/\\"tool\\".js",
                """);
    }

    @Test
    void withoutScriptsPackageJsonKeepsTheRuntimesOnly() {
        CsmbTestKit.forGenerator(new FixturePlatformGenerator())
                .with(b -> b.projectName("Fixture Bot").description("A fixture bot that remembers its sessions."))
                .generate().fileContains("package.json", "\"start\": \"node src/index.js\",\n    \"test\": ");
    }

    @Test
    void aRuntimeScriptNameIsRefusedNamingIt() {
        Assertions.assertThatThrownBy(() -> kit("typecheck").generate())
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("typecheck");
    }

    @Test
    void aScriptNameMustBeAPlainWord() {
        Assertions.assertThatThrownBy(() -> RuntimeSpec.builder().script("Bad Name", "x").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Bad Name");
    }
}
