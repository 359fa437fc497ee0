package dev.csmb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GenerateCommandTests {

    @TempDir
    Path temp;

    private List<String> flags(String... extra) {
        List<String> args = new ArrayList<>(List.of("generate", "--platform", "cli-interface", "--name", "my-bot",
                "--description", "A terminal bot used to test the csmb command line."));
        args.addAll(List.of(extra));
        return args;
    }

    private Cli generate(String... extra) {
        return Cli.run(flags(extra).toArray(String[]::new));
    }

    @Test
    void generatesIntoAFolderAndSaysWhere() {
        Path out = temp.resolve("my-bot");

        Cli result = generate("--out", out.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(out.resolve("package.json")).isRegularFile();
        assertThat(result.out()).containsPattern("Generated \\d+ files into " + Pattern.quote(
                out.toAbsolutePath().normalize().toString()));
        assertThat(result.out()).contains("Next steps:", "  1. Run `cd " + out.toAbsolutePath() + "`", "  2. ");
    }

    @Test
    void theSavedCsmbJsonGeneratesTheSameProjectByteForByte() {
        Path first = temp.resolve("first");
        Cli made = generate("--feature", "custom-commands", "--feature", "backup-restore", "--team-size", "small",
                "--out", first.toString());
        assertThat(made.exitCode()).as(made.toString()).isZero();
        assertThat(first.resolve("csmb.json")).content().contains("\"features\": [\"custom-commands\", "
                + "\"backup-restore\"]", "\"teamSize\": \"small\"");

        Path second = temp.resolve("second");
        Cli again = Cli.run("generate", "--config", first.resolve("csmb.json").toString(), "--out", second.toString());

        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(ProjectTrees.digests(second)).hasSizeGreaterThan(10).isEqualTo(ProjectTrees.digests(first));
    }

    @Test
    void relativeOutIsReportedAbsolute() {
        Path out = temp.resolve("a/../rel-bot");

        Cli result = generate("--out", out.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("into " + temp.resolve("rel-bot").toAbsolutePath());
    }

    @Test
    void generatesWithThePlatformsDefaultPrioritiesAndDescription() {
        Path out = temp.resolve("bot");

        Cli result = Cli.run("generate", "--platform", "cli-interface", "--name", "my-bot", "--out", out.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(out.resolve("package.json")).isRegularFile();
    }

    @Test
    void generatesFromAConfigFile() {
        Path config = TestConfigs.write(temp.resolve("bot.yaml"), TestConfigs.valid());
        Path out = temp.resolve("bot");

        Cli result = Cli.run("generate", "--config", config.toString(), "--out", out.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(out.resolve("package.json")).isRegularFile();
    }

    @Test
    void generatesAZip() throws IOException {
        Path zip = temp.resolve("my-bot.zip");

        Cli result = generate("--zip", zip.toString(), "--no-docker", "--no-ci");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("into " + zip.toAbsolutePath());
        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertThat(file.stream().map(e -> e.getName())).anyMatch(name -> name.endsWith("/package.json"))
                    .noneMatch(name -> name.endsWith("Dockerfile"));
        }
    }

    @Test
    void existingZipNeedsForce() throws IOException {
        Path zip = Files.writeString(temp.resolve("my-bot.zip"), "keep me");

        Cli result = generate("--zip", zip.toString());

        assertThat(result.exitCode()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(result.err()).startsWith("error: out: The file " + zip.toAbsolutePath() + " already exists")
                .contains("--force");
        assertThat(zip).hasContent("keep me");
    }

    @Test
    void nonEmptyFolderWithoutForceIsRefusedAndUntouched() throws IOException {
        Path out = Files.createDirectories(temp.resolve("taken"));
        Path keep = Files.writeString(out.resolve("notes.txt"), "mine");

        Cli result = generate("--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(result.err()).startsWith("error: out: The folder " + out.toAbsolutePath() + " is not empty")
                .contains("--force", "[target-not-empty]");
        assertThat(result.hasNoStackTrace()).isTrue();
        try (Stream<Path> entries = Files.list(out)) {
            assertThat(entries).containsExactly(keep);
        }
        assertThat(keep).hasContent("mine");
        try (Stream<Path> entries = Files.list(temp)) {
            assertThat(entries).as("no staging folder left behind").containsExactly(out);
        }
    }

    @Test
    void forceReplacesANonEmptyFolder() throws IOException {
        Path out = Files.createDirectories(temp.resolve("taken"));
        Files.writeString(out.resolve("notes.txt"), "mine");

        Cli result = generate("--out", out.toString(), "--force");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(out.resolve("package.json")).isRegularFile();
    }

    @Test
    void outThatIsAFileIsRefused() throws IOException {
        Path file = Files.writeString(temp.resolve("file"), "x");

        Cli result = generate("--out", file.toString(), "--force");

        assertThat(result.exitCode()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(file).hasContent("x");
    }

    @Test
    void dryRunListsFilesAndManifestAndWritesNothing() throws IOException {
        Path out = temp.resolve("bot");

        Cli result = generate("--out", out.toString(), "--dry-run");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("Dry run: would generate ").contains("nothing was written")
                .containsPattern("\\s+\\d+  package\\.json").contains("SHA-256 manifest:")
                .containsPattern("[0-9a-f]{64}  package\\.json");
        try (Stream<Path> entries = Files.list(temp)) {
            assertThat(entries).isEmpty();
        }
    }

    @Test
    void dryRunNeedsNoTarget() {
        Cli result = generate("--dry-run");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("package.json");
    }

    @Test
    void missingConfigFileExitsTwo() {
        Path missing = temp.resolve("missing.yaml");

        Cli result = Cli.run("generate", "--config", missing.toString(), "--out", temp.resolve("bot").toString());

        assertThat(result.exitCode()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(result.err()).startsWith("error: --config: no such file: " + missing.toAbsolutePath());
        assertThat(temp).isEmptyDirectory();
    }

    static Stream<Arguments> badFlags() {
        return Stream.of(
                Arguments.of("unknown platform", List.of("--platform", "myspace"), "platform"),
                Arguments.of("name with a slash", List.of("--name", "my/bot"), "projectName"),
                Arguments.of("name of 200 characters", List.of("--name", "a".repeat(200)), "projectName"),
                Arguments.of("one priority", List.of("--priority", "scalability"), "priorities"),
                Arguments.of("five priorities", List.of("--priority", "message-persistence,session-management,"
                        + "user-authentication,real-time-sync,error-handling"), "priorities"),
                Arguments.of("unknown feature", List.of("--feature", "telepathy"), "features[0]"),
                Arguments.of("unknown team size", List.of("--team-size", "huge"), "teamSize"),
                Arguments.of("short description", List.of("--description", "short"), "description"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFlags")
    void invalidFlagsExitTwoNameTheFieldAndWriteNothing(String label, List<String> override, String field) {
        List<String> args = new ArrayList<>(flags());
        for (int i = 0; i < override.size(); i += 2) {
            int at = args.indexOf(override.get(i));
            if (at >= 0) {
                args.set(at + 1, override.get(i + 1));
            } else {
                args.addAll(override.subList(i, i + 2));
            }
        }
        args.addAll(List.of("--out", temp.resolve("bot").toString()));

        Cli result = Cli.run(args.toArray(String[]::new));

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(result.err()).as(result.toString()).startsWith("error: " + field);
        assertThat(result.hasNoStackTrace()).isTrue();
        assertThat(temp).isEmptyDirectory();
    }
}
