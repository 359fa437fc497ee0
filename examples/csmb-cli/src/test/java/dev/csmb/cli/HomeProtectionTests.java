package dev.csmb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --out $HOME --force} is refused when $HOME is not the JVM's user.home (sudo, containers). */
class HomeProtectionTests {

    @TempDir
    Path temp;

    @Test
    void homeFromTheEnvironmentIsNeverReplaced() throws IOException {
        Path home = Files.createDirectories(temp.resolve("home/me"));
        Files.writeString(home.resolve(".profile"), "mine\n");
        assertThat(home.toString()).isNotEqualTo(System.getProperty("user.home"));

        Cli result = Cli.run(new EngineHolder(), Map.of("HOME", home.toString()), "generate", "--platform",
                "cli-interface", "--name", "My Bot", "--out", home.toString(), "--force");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(result.err().lines()).singleElement().asString().isEqualTo("error: out: Refusing to replace the "
                + "contents of " + home + ": " + home + " is your home folder ($HOME); choose a project folder. "
                + "[target-protected]");
        assertThat(result.hasNoStackTrace()).isTrue();
        assertThat(Files.readString(home.resolve(".profile"))).isEqualTo("mine\n");
        try (var entries = Files.list(home)) {
            assertThat(entries).containsExactly(home.resolve(".profile"));
        }
    }

    @Test
    void theSameFolderIsWrittenWhenItIsNotHome() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("home/me"));
        Files.writeString(folder.resolve(".profile"), "mine\n");

        Cli result = Cli.run(new EngineHolder(), Map.of("HOME", temp.resolve("elsewhere").toString()), "generate",
                "--platform", "cli-interface", "--name", "My Bot", "--out", folder.toString(), "--force");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(folder.resolve("package.json")).exists();
    }
}
