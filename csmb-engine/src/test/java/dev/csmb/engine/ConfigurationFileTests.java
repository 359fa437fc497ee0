package dev.csmb.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.DefinitionException;
import dev.csmb.api.Feature;
import dev.csmb.api.GeneratedFile;
import dev.csmb.api.GeneratedSolution;
import dev.csmb.api.Priority;
import dev.csmb.engine.codec.ConfigurationCodec;
import dev.csmb.engine.codec.ConfigurationFormat;
import dev.csmb.engine.fixtures.EchoGenerator;
import dev.csmb.spi.GenerationContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code csmb.json}: the engine adds the configuration to every project, and reading it back regenerates it. */
class ConfigurationFileTests {

    private final CsmbEngine engine = CsmbEngine.builder().autoDiscovery(false).generator(new EchoGenerator()).build();
    private final ConfigurationCodec codec = new ConfigurationCodec(engine::platform);

    @Test
    void everyProjectCarriesItsConfigurationWithDefaultsApplied() {
        BuildConfiguration requested = BuildConfiguration.builder("test-echo").projectName("Echo Bot")
                .description("A bot that \"echoes\"\nover two lines.").features(Feature.CUSTOM_COMMANDS).build();

        GeneratedSolution solution = engine.generate(requested);

        String text = solution.file("csmb.json").orElseThrow().text();
        assertThat(text).startsWith("{\n  \"platform\": \"test-echo\",\n")
                .contains("\"priorities\": [\"session-management\", \"error-handling\"]")
                .contains("\"description\": \"A bot that \\\"echoes\\\"\\nover two lines.\"").endsWith("}\n");
        assertThat(codec.read(text, ConfigurationFormat.JSON))
                .isEqualTo(requested.withPriorities(List.of(Priority.SESSION_MANAGEMENT, Priority.ERROR_HANDLING)));
    }

    @Test
    void readingItBackGeneratesTheSameBytes() {
        BuildConfiguration requested = BuildConfiguration.builder("test-echo").projectName("Echo_2 bot")
                .description("Ünïcode and \u202Ebidi\u202C text.").priorities(Priority.SCALABILITY,
                        Priority.REAL_TIME_SYNC, Priority.USER_AUTHENTICATION).build();
        GeneratedSolution first = engine.generate(requested);

        GeneratedSolution second = engine.generate(codec.read(first.file("csmb.json").orElseThrow().text(),
                ConfigurationFormat.JSON));

        assertThat(second.manifest()).isEqualTo(first.manifest());
    }

    @Test
    void aPlatformThatWritesItItselfIsAPluginBug() {
        CsmbEngine own = CsmbEngine.builder().autoDiscovery(false).generator(new EchoGenerator() {
            @Override
            public void generate(GenerationContext context) {
                context.addFile(GeneratedFile.text("csmb.json", "{}"));
            }
        }).build();

        assertThatThrownBy(() -> own.generate(BuildConfiguration.builder("test-echo").projectName("Echo Bot")
                .description("A bot that echoes.").build()))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("csmb.json")
                .hasMessageContaining("the engine writes that file");
    }
}
