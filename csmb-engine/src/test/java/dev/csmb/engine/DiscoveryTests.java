package dev.csmb.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.Priority;
import dev.csmb.engine.DiscoveryProblem.Kind;
import dev.csmb.engine.fixtures.EchoGenerator;
import dev.csmb.engine.fixtures.EchoTwinGenerator;
import dev.csmb.engine.fixtures.EchoTwinOtherGenerator;
import dev.csmb.engine.fixtures.FutureSpiGenerator;
import dev.csmb.engine.fixtures.ThrowingGenerator;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoveryTests {

    private static BuildConfiguration config(String platform) {
        return BuildConfiguration.builder(platform).projectName("Echo Bot").description("A bot that echoes things.")
                .priorities(Priority.SESSION_MANAGEMENT, Priority.ERROR_HANDLING).build();
    }

    @Test
    void duplicateIdsAndThrowingGeneratorsAreReportedWhileOthersKeepWorking() {
        CsmbEngine engine = CsmbEngine.builder().autoDiscovery(false)
                .generator(new EchoTwinGenerator()).generator(new EchoTwinOtherGenerator())
                .generator(new ThrowingGenerator()).generator(new FutureSpiGenerator())
                .generator(new EchoGenerator()).build();

        assertThat(engine.platforms()).extracting(p -> p.id()).containsExactly("test-echo");
        assertThat(engine.discoveryProblems()).filteredOn(p -> p.kind() == Kind.DUPLICATE_ID)
                .extracting(DiscoveryProblem::className, DiscoveryProblem::platformId)
                .containsExactlyInAnyOrder(tuple(EchoTwinGenerator.class.getName(), "test-twin"),
                        tuple(EchoTwinOtherGenerator.class.getName(), "test-twin"));
        assertThat(engine.discoveryProblems()).filteredOn(p -> p.kind() == Kind.DUPLICATE_ID).allSatisfy(p ->
                assertThat(p.message()).contains("'test-twin'", EchoTwinGenerator.class.getName(),
                        EchoTwinOtherGenerator.class.getName(), "is not used"));
        assertThat(engine.discoveryProblems()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(Kind.GENERATOR_FAILED);
            assertThat(p.className()).isEqualTo(ThrowingGenerator.class.getName());
            assertThat(p.message()).contains("descriptor exploded");
        });
        assertThat(engine.discoveryProblems()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(Kind.INCOMPATIBLE_SPI);
            assertThat(p.className()).isEqualTo(FutureSpiGenerator.class.getName());
            assertThat(p.message()).contains("99");
        });
        assertThat(engine.generate(config("test-echo")).file("src/name.js")).isPresent();
        assertThat(engine.validate(config("test-twin")).errors()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("platform-unavailable");
            assertThat(v.message()).startsWith("platform 'test-twin' is not available: ")
                    .contains(EchoTwinGenerator.class.getName(), EchoTwinOtherGenerator.class.getName());
        });
    }

    @Test
    void serviceLoaderProblemsAreReportedWithTheProviderClass(@TempDir Path dir) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve("dev.csmb.spi.PlatformGenerator"), String.join("\n",
                "dev.csmb.engine.fixtures.EchoGenerator",
                "com.example.DoesNotExist",
                "dev.csmb.engine.fixtures.FailingConstructorGenerator",
                "dev.csmb.engine.fixtures.ThrowingGenerator", ""));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                DiscoveryTests.class.getClassLoader())) {
            CsmbEngine engine = CsmbEngine.builder().classLoader(loader).build();

            assertThat(engine.platform("test-echo")).isPresent();
            assertThat(engine.discoveryProblems()).extracting(DiscoveryProblem::className)
                    .contains("com.example.DoesNotExist",
                            "dev.csmb.engine.fixtures.FailingConstructorGenerator",
                            "dev.csmb.engine.fixtures.ThrowingGenerator");
            assertThat(engine.generate(config("test-echo")).files()).hasSize(3);
        }
    }

    @Test
    void aMalformedServiceLineIsNamedByFileAndLineNeverByAPlaceholder(@TempDir Path dir) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve("dev.csmb.spi.PlatformGenerator"),
                "dev.csmb.engine.fixtures.EchoGenerator\ncom.example.Bad\u202eName!\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                DiscoveryTests.class.getClassLoader())) {
            CsmbEngine engine = CsmbEngine.builder().classLoader(loader).build();

            assertThat(engine.discoveryProblems()).filteredOn(p -> p.kind() == Kind.LOAD_FAILED).singleElement()
                    .satisfies(p -> {
                        assertThat(p.className()).startsWith("file:").endsWith(
                                "META-INF/services/dev.csmb.spi.PlatformGenerator:2");
                        assertThat(p.message()).doesNotContain("\u202e").contains("\\u202E");
                        assertThat(p.toString()).doesNotContain("unknown provider", ", ");
                    });
        }
    }

    @Test
    void noGeneratorAtAllIsReported() {
        CsmbEngine engine = CsmbEngine.builder().autoDiscovery(false).build();

        assertThat(engine.platforms()).isEmpty();
        assertThat(engine.discoveryProblems()).extracting(DiscoveryProblem::kind).containsExactly(Kind.NONE_FOUND);
    }

    @Test
    void explicitInstanceReplacesADiscoveredOneOfTheSameClass(@TempDir Path dir) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve("dev.csmb.spi.PlatformGenerator"), "dev.csmb.engine.fixtures.EchoGenerator\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                DiscoveryTests.class.getClassLoader())) {
            CsmbEngine engine = CsmbEngine.builder().classLoader(loader).generator(new EchoGenerator()).build();

            assertThat(engine.platforms()).hasSize(1);
            assertThat(engine.discoveryProblems()).isEmpty();
        }
    }
}
