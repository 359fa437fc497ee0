package dev.csmb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.engine.CsmbEngine;
import dev.csmb.engine.fixtures.MisbehavingGenerator;
import dev.csmb.platform.cli.CliPlatformGenerator;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken or conflicting plugins, as the user of the command line meets them. */
class PluginProblemsTests {

    @TempDir
    Path temp;

    private static EngineHolder misbehaving(Supplier<? extends Throwable> failure) {
        return new EngineHolder(() -> CsmbEngine.builder().autoDiscovery(false)
                .generator(new MisbehavingGenerator(failure, false)).build());
    }

    private static Cli generateMisbehaving(Supplier<? extends Throwable> failure) {
        return Cli.run(misbehaving(failure), Map.of(), "generate", "--platform", "test-misbehaving", "--name",
                "Echo Bot", "--dry-run");
    }

    @Test
    void aPluginThatOverflowsTheStackIsOneLineNamingItAndExitOne() {
        Cli result = generateMisbehaving(StackOverflowError::new);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(CsmbCli.FAILURE);
        assertThat(result.err().lines().findFirst()).hasValue("error: platform generator "
                + MisbehavingGenerator.class.getName() + " ('test-misbehaving') failed while generating: "
                + "StackOverflowError");
        assertThat(result.err().lines().filter(l -> l.startsWith("error:"))).hasSize(1);
        assertThat(result.hasNoStackTrace()).isTrue();
    }

    @Test
    void aPluginBuiltAgainstAnotherVersionIsOneLineNamingItAndExitOne() {
        Cli result = generateMisbehaving(() -> new NoSuchMethodError("'void dev.csmb.spi.GenerationContext.x()'"));

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(CsmbCli.FAILURE);
        assertThat(result.err().lines().findFirst()).get().asString()
                .startsWith("error: platform generator " + MisbehavingGenerator.class.getName())
                .endsWith("failed while generating: NoSuchMethodError: 'void dev.csmb.spi.GenerationContext.x()'");
        assertThat(result.err().lines().filter(l -> l.startsWith("error:"))).hasSize(1);
        assertThat(result.hasNoStackTrace()).isTrue();
    }

    private EngineHolder withImpostor() throws IOException {
        Path services = Files.createDirectories(temp.resolve("plugin/META-INF/services"));
        Files.writeString(services.resolve("dev.csmb.spi.PlatformGenerator"), ImpostorCliGenerator.class.getName());
        URLClassLoader loader = new URLClassLoader(new URL[] {temp.resolve("plugin").toUri().toURL()},
                getClass().getClassLoader());
        return new EngineHolder(() -> CsmbEngine.builder().classLoader(loader).build());
    }

    @Test
    void aPluginCopyingABuiltInIdIsNamedByPlatformsAndTheBuiltInStays() throws IOException {
        Cli result = Cli.run(withImpostor(), Map.of(), "platforms");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("cli-interface", "CLI Tool");
        assertThat(result.err().lines()).singleElement().asString()
                .startsWith("warning: " + ImpostorCliGenerator.class.getName() + ": declares platform id "
                        + "'cli-interface', which " + CliPlatformGenerator.class.getName() + " (built in, from ")
                .contains(ImpostorCliGenerator.class.getName() + " (plugin, from ")
                .endsWith("is not used. Give the plugin another id [duplicate-id]");
    }

    @Test
    void generateForThatIdWorksAndNamesTheConflict() throws IOException {
        Cli result = Cli.run(withImpostor(), Map.of(), "generate", "--platform", "cli-interface", "--name",
                "My Bot", "--dry-run");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("package.json", "src/platform/");
        assertThat(result.err()).contains("warning: " + ImpostorCliGenerator.class.getName(),
                CliPlatformGenerator.class.getName(), "[duplicate-id]");
    }

    @Test
    void anUnknownPlatformFromTheCommandLineIsShownEscaped() {
        Cli result = Cli.run("describe", "cli\u202einterface\u0007");

        assertThat(result.exitCode()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(result.err()).startsWith("error: unknown platform 'cli\\u202Einterface\\u0007'; known: ")
                .doesNotContain("\u202e", "\u0007");
    }

    @Test
    void withNoPlatformsInstalledTheMessageSaysSo() {
        Cli result = Cli.run(new EngineHolder(() -> CsmbEngine.builder().autoDiscovery(false).build()), Map.of(),
                "describe", "cli-interface");

        assertThat(result.err()).startsWith("error: unknown platform 'cli-interface'; no platforms are installed");
        Cli listing = Cli.run(new EngineHolder(() -> CsmbEngine.builder().autoDiscovery(false).build()), Map.of(),
                "platforms");
        assertThat(listing.out()).isEqualTo("No platforms are installed; add a csmb-platform-* module to the class "
                + "path." + System.lineSeparator());
    }

    @Test
    void anUnexpectedErrorsTextIsShownEscaped() {
        Cli result = Cli.run(new EngineHolder(() -> {
            throw new IllegalStateException("boom\u001b[31m red\nsecond line");
        }), Map.of(), "platforms");

        assertThat(result.err().lines().findFirst()).hasValue("error: boom\\u001B[31m red\\u000Asecond line "
                + "(IllegalStateException)");
    }
}
