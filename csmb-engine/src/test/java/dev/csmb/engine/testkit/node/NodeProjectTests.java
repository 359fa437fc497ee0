package dev.csmb.engine.testkit.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link NodeProject} with ranges the machine's own Node.js satisfies (the build needs one anyway), so nothing is
 * downloaded; fetching another release is proved by {@link NodeProjectIT}.
 */
class NodeProjectTests {

    @TempDir
    Path temp;

    @Test
    void runsNpmScriptsWithANodeThatSatisfiesTheRange() {
        Path folder = ProbeProjects.write(temp, ">=18", Map.of("test", "node -e \"console.log('tested')\""), Map.of());
        NodeProject project = NodeProject.at(folder);

        assertThat(project.engines().satisfiedBy(project.toolchain().version())).isTrue();
        CommandResult version = project.run("node", "-e", "process.stdout.write(process.version)");
        assertThat(version.output()).isEqualTo("v" + project.toolchain().version());
        assertThat(project.test()).isSameAs(project);
    }

    @Test
    void aFailingScriptIsAnAssertionErrorWithFolderCommandCodeAndTheLastLines() {
        Path folder = ProbeProjects.write(temp, ">=18", Map.of("test", "node fail.js"), Map.of("fail.js",
                "for (let i = 1; i <= 500; i++) console.log('line ' + i);\nconsole.error('boom');\nprocess.exit(3);\n"));

        assertThatThrownBy(() -> NodeProject.at(folder).test())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("In " + folder.toAbsolutePath())
                .hasMessageContaining("`npm test` exited with code 3")
                .hasMessageContaining("boom")
                .satisfies(e -> assertThat(e.getMessage().lines()).contains("line 500").doesNotContain("line 100"));
    }

    @Test
    void keepsStdinClosed() {
        Path folder = ProbeProjects.write(temp, ">=18", Map.of(), Map.of());

        CommandResult result = NodeProject.at(folder).withTimeout(Duration.ofSeconds(30))
                .run("node", "-e", "process.stdin.resume(); process.stdin.on('end', () => console.log('stdin closed'))");

        assertThat(result.succeeded()).isTrue();
        assertThat(result.output()).isEqualTo("stdin closed");
    }

    @Test
    void aCommandRunningTooLongFailsNamingTheTimeout() {
        Path folder = ProbeProjects.write(temp, ">=18", Map.of("test", "node -e \"setTimeout(() => {}, 60000)\""),
                Map.of());

        assertThatThrownBy(() -> NodeProject.at(folder).withTimeout(Duration.ofSeconds(2)).test())
                .isInstanceOf(AssertionError.class).hasMessageContaining("`npm test` timed out after");
    }

    @Test
    void refusesAProjectThatDeclaresNoEngines() throws IOException {
        Files.writeString(temp.resolve("package.json"), "{\"name\": \"x\"}");

        assertThatThrownBy(() -> NodeProject.at(temp)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(temp.resolve("package.json") + " declares no engines.node range");
    }

    @Test
    void refusesAFolderWithoutPackageJson() {
        assertThatThrownBy(() -> NodeProject.at(temp)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cannot read " + temp.resolve("package.json"));
    }
}
