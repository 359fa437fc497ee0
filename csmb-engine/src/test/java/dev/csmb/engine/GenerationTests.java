package dev.csmb.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.DefinitionException;
import dev.csmb.api.GeneratedFile;
import dev.csmb.api.GeneratedSolution;
import dev.csmb.api.Priority;
import dev.csmb.engine.fixtures.EchoGenerator;
import dev.csmb.spi.GenerationContext;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class GenerationTests {

    private static BuildConfiguration config() {
        return BuildConfiguration.builder("test-echo").projectName("Echo Bot").description("A bot that \"echoes\".")
                .priorities(Priority.SESSION_MANAGEMENT, Priority.ERROR_HANDLING).build();
    }

    private static CsmbEngine engineWith(Consumer<GenerationContext> body) {
        return CsmbEngine.builder().autoDiscovery(false).generator(new EchoGenerator() {
            @Override
            public void generate(GenerationContext context) {
                body.accept(context);
            }
        }).build();
    }

    @Test
    void generatesSortedFilesWithManifestAndEscapedUserText() {
        GeneratedSolution solution = CsmbEngine.builder().autoDiscovery(false).generator(new EchoGenerator()).build()
                .generate(config());

        assertThat(solution.files()).extracting(GeneratedFile::path)
                .containsExactly("csmb.json", "package.json", "src/name.js");
        assertThat(solution.manifest()).containsOnlyKeys("csmb.json", "package.json", "src/name.js");
        assertThat(solution.file("src/name.js").orElseThrow().text())
                .contains("export const description = \"A bot that \\\"echoes\\\".\";");
        assertThat(solution.setupSteps()).containsExactly("Read the files");
    }

    @Test
    void pathsLeavingTheProjectAreAPluginBug() {
        CsmbEngine engine = engineWith(c -> c.addFile(GeneratedFile.text("../outside.txt", "x")));

        assertThatThrownBy(() -> engine.generate(config())).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("../outside.txt");
    }

    @Test
    void theSamePathTwiceIsAPluginBug() {
        CsmbEngine engine = engineWith(c -> {
            c.addFile(GeneratedFile.text("a.txt", "1"));
            c.addFile(GeneratedFile.text("a.txt", "2"));
        });

        assertThatThrownBy(() -> engine.generate(config())).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("a.txt");
    }

    @Test
    void aFileThatIsAlsoAFolderIsAPluginBug() {
        CsmbEngine engine = engineWith(c -> {
            c.addFile(GeneratedFile.text("src", "1"));
            c.addFile(GeneratedFile.text("src/index.js", "2"));
        });

        assertThatThrownBy(() -> engine.generate(config())).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("both a file and a folder");
    }

    @Test
    void aGeneratorThatThrowsIsReportedWithItsClass() {
        CsmbEngine engine = engineWith(c -> {
            throw new IllegalStateException("boom");
        });

        assertThatThrownBy(() -> engine.generate(config())).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("boom").hasMessageContaining(GenerationTests.class.getName());
    }
}
