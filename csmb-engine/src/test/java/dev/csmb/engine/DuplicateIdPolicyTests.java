package dev.csmb.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.engine.DiscoveryProblem.Kind;
import dev.csmb.engine.fixtures.EchoGenerator;
import dev.csmb.engine.fixtures.EchoImpostorGenerator;
import dev.csmb.platform.fixture.BuiltInEchoGenerator;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two generators with one id: a built-in never disappears; who lost is reported with both providers. */
class DuplicateIdPolicyTests {

    @TempDir
    Path dir;

    private URLClassLoader servicesListing(String... classes) throws IOException {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(services.resolve("dev.csmb.spi.PlatformGenerator"), String.join("\n", classes) + "\n");
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    }

    private static BuildConfiguration echo() {
        return BuildConfiguration.builder("test-echo").projectName("Echo Bot").description("A bot that echoes.")
                .build();
    }

    @Test
    void aBuiltInWinsOverAPluginWithItsIdWhateverTheClassPathOrder() throws IOException {
        for (String[] order : new String[][] {
                {EchoImpostorGenerator.class.getName(), BuiltInEchoGenerator.class.getName()},
                {BuiltInEchoGenerator.class.getName(), EchoImpostorGenerator.class.getName()}}) {
            try (URLClassLoader loader = servicesListing(order)) {
                CsmbEngine engine = CsmbEngine.builder().classLoader(loader).build();

                assertThat(engine.platform("test-echo")).isPresent();
                assertThat(engine.generate(echo()).files()).isNotEmpty();
                assertThat(engine.discoveryProblems()).singleElement().satisfies(p -> {
                    assertThat(p.kind()).isEqualTo(Kind.DUPLICATE_ID);
                    assertThat(p.className()).isEqualTo(EchoImpostorGenerator.class.getName());
                    assertThat(p.platformId()).isEqualTo("test-echo");
                    assertThat(p.message()).startsWith("declares platform id 'test-echo', which "
                                    + BuiltInEchoGenerator.class.getName() + " (built in, from file:")
                            .contains(EchoImpostorGenerator.class.getName() + " (plugin, from file:",
                                    "is not used. Give the plugin another id");
                });
            }
        }
    }

    @Test
    void twoPluginsWithOneIdAreBothLeftOutAndTheReasonReachesValidation() throws IOException {
        try (URLClassLoader loader = servicesListing(EchoImpostorGenerator.class.getName(),
                EchoGenerator.class.getName())) {
            CsmbEngine engine = CsmbEngine.builder().classLoader(loader).build();

            assertThat(engine.platform("test-echo")).isEmpty();
            assertThat(engine.discoveryProblems()).filteredOn(p -> p.kind() == Kind.DUPLICATE_ID)
                    .extracting(DiscoveryProblem::className)
                    .containsExactlyInAnyOrder(EchoGenerator.class.getName(), EchoImpostorGenerator.class.getName());
            assertThat(engine.validate(echo()).errors()).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo("platform");
                assertThat(v.code()).isEqualTo("platform-unavailable");
                assertThat(v.message()).contains(EchoGenerator.class.getName(), EchoImpostorGenerator.class.getName());
            });
        }
    }

    @Test
    void aGeneratorTheApplicationAddsWinsAndTheBuiltInItReplacesIsReported() throws IOException {
        try (URLClassLoader loader = servicesListing(BuiltInEchoGenerator.class.getName())) {
            EchoImpostorGenerator chosen = new EchoImpostorGenerator();
            CsmbEngine engine = CsmbEngine.builder().classLoader(loader).generator(chosen).build();

            assertThat(engine.discoveryProblems()).singleElement().satisfies(p -> {
                assertThat(p.className()).isEqualTo(BuiltInEchoGenerator.class.getName());
                assertThat(p.message()).contains(EchoImpostorGenerator.class.getName() + " (added by the application");
            });
        }
    }

    @Test
    void withNoPlatformAtAllValidationSaysNoneAreInstalled() {
        CsmbEngine engine = CsmbEngine.builder().autoDiscovery(false).build();

        assertThat(engine.validate(echo()).errors()).singleElement().satisfies(v -> assertThat(v.message())
                .isEqualTo("unknown platform 'test-echo'; no platforms are installed; add a csmb-platform-* module "
                        + "to the class path"));
    }
}
