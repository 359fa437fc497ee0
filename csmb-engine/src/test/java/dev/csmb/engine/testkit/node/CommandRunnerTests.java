package dev.csmb.engine.testkit.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandRunnerTests {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @TempDir
    Path temp;

    @Test
    void reportsTheExitCodeAndBothStreamsInOrder() {
        CommandResult result = CommandRunner.run(List.of("sh", "-c", "echo out; echo err >&2; echo again; exit 3"),
                temp, Map.of(), MINUTE);

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.succeeded()).isFalse();
        assertThat(result.timedOut()).isFalse();
        assertThat(result.output()).isEqualTo("out\nerr\nagain");
    }

    @Test
    void readsHugeOutputWithoutBlockingAndKeepsItsEnd() {
        CommandResult result = CommandRunner.run(List.of("sh", "-c", "seq 1 300000; seq 1 300000 >&2"), temp,
                Map.of(), MINUTE);

        assertThat(result.succeeded()).isTrue();
        assertThat(result.output().lines()).hasSize(CommandRunner.KEPT_LINES).last().isEqualTo("300000");
        assertThat(result.tail(2)).isEqualTo("299999\n300000");
    }

    @Test
    void closesStdinSoACommandReadingItEndsAtOnce() {
        CommandResult result = CommandRunner.run(List.of("sh", "-c", "cat; echo eof"), temp, Map.of(), MINUTE);

        assertThat(result.succeeded()).isTrue();
        assertThat(result.output()).isEqualTo("eof");
    }

    @Test
    void killsTheWholeProcessTreeOnTimeout() {
        CommandResult result = CommandRunner.run(List.of("sh", "-c", "sleep 60 & sleep 60; echo never"), temp,
                Map.of(), Duration.ofMillis(500));

        assertThat(result.timedOut()).isTrue();
        assertThat(result.succeeded()).isFalse();
        assertThat(result.duration()).isLessThan(Duration.ofSeconds(20));
        assertThat(result.describe(5)).contains("timed out after").contains(temp.toString());
    }

    @Test
    void findsTheExecutableOnThePathTheCommandGets() throws IOException {
        Path bin = Files.createDirectory(temp.resolve("bin"));
        Path tool = Files.writeString(bin.resolve("csmb-probe-tool"), "#!/bin/sh\necho \"probe $1 $GREETING\"\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));

        CommandResult result = CommandRunner.run(List.of("csmb-probe-tool", "ran"), temp,
                Map.of("PATH", bin + ":" + System.getenv("PATH"), "GREETING", "hello"), MINUTE);

        assertThat(result.output()).isEqualTo("probe ran hello");
        assertThat(CommandRunner.which("csmb-probe-tool", bin.toString())).contains(tool);
        assertThat(CommandRunner.which("csmb-probe-tool", temp.toString())).isEmpty();
    }

    @Test
    void describesAFailureWithFolderCommandCodeAndOutputTail() {
        CommandResult result = CommandRunner.run(List.of("sh", "-c", "seq 1 500; exit 7"), temp, Map.of(), MINUTE);

        String report = result.describe(200);
        assertThat(report).startsWith("In " + temp + ": `sh -c seq 1 500; exit 7` exited with code 7 after ");
        assertThat(report.lines()).contains("301", "500").doesNotContain("300");
    }

    @Test
    void refusesACommandThatDoesNotExist() {
        assertThatThrownBy(() -> CommandRunner.run(List.of("csmb-no-such-command"), temp, Map.of(), MINUTE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("csmb-no-such-command");
    }
}
