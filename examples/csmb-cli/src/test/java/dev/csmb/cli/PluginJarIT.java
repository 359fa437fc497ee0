package dev.csmb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.cli.CliProcess.Run;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A third-party plugin jar (examples/csmb-plugin-example, platform {@code jsonl-pipe}) put on the class path next to
 * the shaded csmb.jar is found, listed and generated for: {@code java -cp csmb.jar:plugin.jar dev.csmb.cli.CsmbCli}.
 */
class PluginJarIT {

    private static final String PLUGIN_ID = "jsonl-pipe";

    private static Path csmbJar;
    private static Path pluginJar;

    @TempDir
    Path temp;

    @BeforeAll
    static void findJars() {
        csmbJar = Path.of(System.getProperty("csmb.jar", "target/csmb.jar")).toAbsolutePath();
        assertThat(csmbJar).as("run `mvn verify` first").isRegularFile();
        String plugin = System.getProperty("csmb.pluginJar", "");
        assertThat(plugin).as("csmb.pluginJar is set by the pom (dependency:properties)").isNotBlank();
        pluginJar = Path.of(plugin).toAbsolutePath();
        assertThat(pluginJar).as("the plugin example's packaged jar").isRegularFile();
    }

    private Run csmb(List<Path> classPath, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()),
                CsmbCli.class.getName()));
        Collections.addAll(command, args);
        return CliProcess.run(command, temp, List.of(), Map.of(), Duration.ofSeconds(60));
    }

    @Test
    void listsThePluginOnlyWhenItsJarIsOnTheClassPath() throws Exception {
        Run with = csmb(List.of(csmbJar, pluginJar), "platforms");
        Run without = csmb(List.of(csmbJar), "platforms");

        assertThat(with.exitCode()).as(with.toString()).isZero();
        assertThat(with.out()).contains(PLUGIN_ID, "JSON Lines pipe", "cli-interface");
        assertThat(with.err()).as("no discovery problem").isEmpty();
        assertThat(without.exitCode()).as(without.toString()).isZero();
        assertThat(without.out()).contains("cli-interface").doesNotContain(PLUGIN_ID);
    }

    @Test
    void generatesThePluginsProject() throws Exception {
        Run run = csmb(List.of(csmbJar, pluginJar), "generate", "--platform", PLUGIN_ID, "--name", "pipe-bot",
                "--out", "pipe-bot");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path project = temp.resolve("pipe-bot");
        assertThat(project.resolve("package.json")).isRegularFile();
        assertThat(project.resolve("src/platform/adapter.js")).content().contains("reading messages from stdin");
        assertThat(project.resolve("test/platform/pipe.test.js")).isRegularFile();
        assertThat(project.resolve(".env.example")).content().contains("PIPE_USER=pipe");
    }
}
