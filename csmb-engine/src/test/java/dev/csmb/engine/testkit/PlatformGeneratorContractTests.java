package dev.csmb.engine.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.Feature;
import dev.csmb.api.GeneratedFile;
import dev.csmb.api.GeneratedSolution;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.api.Priority;
import dev.csmb.engine.escape.Escapers;
import dev.csmb.spi.PlatformGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract every platform generator must keep. Extend it in your plugin's tests and return your generator.
 * Among other things it fails a platform that declares no shared runtime or, with tests included, contributes no
 * test under {@code test/platform/} ({@link PluginShape}); a generator that is not a platform of the shared
 * runtime (the engine's echo fixtures) does not extend it.
 *
 * <pre>{@code
 * class MyGeneratorContractTests extends PlatformGeneratorContractTests {
 *     protected PlatformGenerator generator() { return new MyGenerator(); }
 * }
 * }</pre>
 */
public abstract class PlatformGeneratorContractTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The generator under test. */
    protected abstract PlatformGenerator generator();

    /** A kit for the generator, with its default configuration. */
    protected CsmbTestKit kit() {
        return CsmbTestKit.forGenerator(generator());
    }

    /** The configuration with every supported feature and four priorities. */
    protected BuildConfiguration everythingOn() {
        PlatformDescriptor d = generator().descriptor();
        Set<Priority> priorities = EnumSet.copyOf(d.defaultPriorities());
        for (Priority p : Priority.values()) {
            if (priorities.size() < 4) {
                priorities.add(p);
            }
        }
        return kit().configuration().toBuilder().priorities(priorities).features(d.supportedFeatures()).build();
    }

    @Test
    void descriptorIsWellFormed() {
        PlatformDescriptor d = generator().descriptor();
        assertThat(d.id()).matches("[a-z0-9][a-z0-9-]{0,49}");
        assertThat(d.displayName()).isNotBlank();
        assertThat(d.library()).isNotBlank();
        assertThat(d.estimatedTime()).isNotBlank();
        assertThat(d.summary()).isNotBlank();
        assertThat(d.defaultPriorities()).hasSizeBetween(2, 4).doesNotHaveDuplicates();
        assertThat(generator().descriptor()).as("descriptor is stable").isEqualTo(d);
    }

    @Test
    void isBuiltForTheCurrentSpiVersion() {
        assertThat(generator().spiVersion()).isEqualTo(PlatformGenerator.SPI_VERSION);
    }

    @Test
    void usesNoEngineInternals() {
        EngineBoundary.check(generator().getClass().getPackageName());
    }

    @Test
    void isRegisteredForServiceLoaderDiscovery() {
        Class<?> type = generator().getClass();
        List<Class<?>> found = new ArrayList<>();
        ServiceLoader.load(PlatformGenerator.class, type.getClassLoader()).stream()
                .forEach(provider -> found.add(provider.type()));
        assertThat(found).as("META-INF/services/dev.csmb.spi.PlatformGenerator lists the generator").contains(type);
    }

    @Test
    void defaultConfigurationGivesTheCommonProjectShape() {
        GeneratedProject project = kit().generate();
        project.hasFile("package.json", "README.md", ".env.example", ".gitignore", "src/index.js", "src/config.js",
                "src/reply.js", "src/platform/adapter.js");
        assertThat(project.paths()).anyMatch(p -> p.startsWith("test/"));
        assertThat(project.solution().setupSteps()).isNotEmpty();
    }

    @Test
    void declaresTheSharedRuntime() {
        PluginShape.requireRuntime(kit().generate().solution());
        PluginShape.requireRuntime(kit().with(everythingOn()).generate().solution());
    }

    @Test
    void contributesAPlatformTest() {
        PluginShape.requirePlatformTest(kit().generate().solution());
        PluginShape.requirePlatformTest(kit().with(everythingOn()).generate().solution());
    }

    @Test
    void everythingOnGenerates() {
        GeneratedProject project = kit().with(everythingOn()).generate();
        project.hasFile("package.json", "README.md", "src/index.js");
    }

    @TestFactory
    Stream<DynamicTest> eachSupportedFeatureAloneGenerates() {
        return generator().descriptor().supportedFeatures().stream().map(feature -> DynamicTest.dynamicTest(
                feature.id(), () -> kit().with(b -> b.features(feature)).generate().hasFile("package.json")));
    }

    @Test
    void withoutTestsNoTestFilesAreGenerated() {
        GeneratedProject project = kit().with(b -> b.options(b.build().options().withIncludeTests(false))).generate();
        assertThat(project.paths()).noneMatch(p -> p.startsWith("test/"));
    }

    @Test
    void sameConfigurationGivesByteIdenticalFiles() {
        GeneratedSolution first = kit().with(everythingOn()).generate().solution();
        GeneratedSolution second = CsmbTestKit.forGenerator(generator()).with(everythingOn()).generate().solution();
        assertThat(second.manifest()).isEqualTo(first.manifest());
        assertThat(second.files()).isEqualTo(first.files());
    }

    @TestFactory
    Stream<DynamicTest> eachSettingValueGeneratesAValidProject(@TempDir Path dir) {
        return SettingsContract.eachValueGenerates(kit(), everythingOn(), dir);
    }

    @Test
    void undeclaredSettingsAndValuesAreErrorsNamingTheKey() {
        SettingsContract.undeclaredNamesAndValuesAreErrors(kit());
    }

    @Test
    void everyDeclaredSettingIsFilledInWithItsDefault() {
        GeneratedSolution solution = kit().generate().solution();
        generator().descriptor().settings().forEach(s -> assertThat(solution.configuration().settings())
                .as("setting " + s.name()).containsEntry(s.name(), s.defaultValue()));
    }

    @Test
    void unsupportedFeaturesAreErrorsOrWarningsWhenDowngradesAreAllowed() {
        Set<Feature> unsupported = EnumSet.allOf(Feature.class);
        unsupported.removeAll(generator().descriptor().supportedFeatures());
        for (Feature feature : unsupported) {
            String field = "features[" + feature.id() + "]";
            kit().with(b -> b.features(feature)).validate().hasError(field, "unsupported-feature");
            CsmbTestKit lenient = kit().with(b -> b.features(feature).allowDowngrades(true));
            lenient.validate().isValid().hasWarning(field, "feature-downgraded");
            lenient.generate().fileContains("README.md", feature.id());
        }
    }

    @Test
    void hostileDescriptionsStayInTheirPlace(@TempDir Path dir) throws IOException, InterruptedException {
        long seed = Seeds.seed();
        List<String> descriptions = HostileStrings.descriptions(seed, 6);
        Set<String> plainVariables = EnvFile.variables(kit().generate().text(".env.example"));
        int i = 0;
        for (String description : descriptions) {
            String context = "seed " + seed + " (rerun with -Dcsmb.seed=" + seed + "), description #" + i;
            GeneratedProject project = kit().with(b -> b.description(description)).generate();
            assertThat(EnvFile.variables(project.text(".env.example"))).as(context).isEqualTo(plainVariables);
            for (GeneratedFile file : project.solution().files()) {
                if (file.path().endsWith(".json")) {
                    JsonNode node = JSON.readTree(file.text());
                    if (file.path().equals("package.json") && node.has("description")) {
                        assertThat(node.get("description").asText()).as(context).isEqualTo(description);
                    }
                }
            }
            // The README shows the description through the Markdown escaper, whose output CommonMark reads back
            // as the original text (EscapersMarkdownTests); so it must appear exactly in that form.
            project.fileContains("README.md", Escapers.markdown(description));
            Path projectDir = project.writeTo(dir.resolve("p" + i++));
            NodeSyntax.assertAllJavaScriptParses(projectDir, context);
        }
    }
}
