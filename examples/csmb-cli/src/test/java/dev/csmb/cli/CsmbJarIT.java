package dev.csmb.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.csmb.cli.CliProcess.Run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shaded {@code target/csmb.jar} as users do: {@code java -jar csmb.jar …} in its own JVM. */
class CsmbJarIT {

    private static Path jar;

    @TempDir
    Path temp;

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("csmb.jar", "target/csmb.jar")).toAbsolutePath();
        assertThat(jar).as("run `mvn package` first").isRegularFile();
    }

    private Run java(String... args) throws IOException, InterruptedException {
        return java(Map.of(), args);
    }

    private Run java(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        Collections.addAll(command, args);
        return CliProcess.run(command, temp, List.of(), env, Duration.ofSeconds(60));
    }

    @Test
    void listsPlatforms() throws Exception {
        Run run = java("platforms");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("ID").contains("cli-interface");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void printsTheVersionFromTheManifest() throws Exception {
        Run run = java("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("csmb " + System.getProperty("csmb.version", ""));
    }

    @Test
    void generatesAProject() throws Exception {
        Run run = java("generate", "--platform", "cli-interface", "--name", "e2e-bot", "--out", "e2e-bot");

        Path project = temp.resolve("e2e-bot").toRealPath();
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("into " + project, "Next steps:");
        assertThat(project.resolve("package.json")).isRegularFile();
    }

    @Test
    void userErrorsExitTwoWithoutStackTrace() throws Exception {
        Run run = java("generate", "--bogus");

        assertThat(run.exitCode()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(run.err()).startsWith("error: ").doesNotContain("\tat ");
    }

    @Test
    void jarMergesServiceFilesAndDropsSignatures() throws Exception {
        try (JarFile file = new JarFile(jar.toFile())) {
            ZipEntry services = file.getEntry("META-INF/services/dev.csmb.spi.PlatformGenerator");
            assertThat(services).as("merged PlatformGenerator service file").isNotNull();
            try (InputStream in = file.getInputStream(services)) {
                List<String> providers = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
                assertThat(providers).isNotEmpty().allSatisfy(provider -> assertThat(
                        file.getEntry(provider.replace('.', '/') + ".class")).as(provider).isNotNull());
            }
            assertThat(file.stream().map(ZipEntry::getName))
                    .noneMatch(name -> name.matches("META-INF/[^/]+\\.(SF|DSA|RSA|EC)"));
            assertThat(file.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo(CsmbCli.class.getName());
        }
    }

    @Test
    void provisionsANotionDatabaseThroughTheShadedHttpLayer() throws Exception {
        Path config = TestConfigs.write(temp.resolve("bot.yaml"), TestConfigs.valid());
        WireMockServer notion = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        notion.start();
        try {
            notion.stubFor(post("/v1/search").willReturn(okJson("{\"results\":[],\"has_more\":false}")));
            notion.stubFor(post("/v1/databases").willReturn(okJson("{\"object\":\"database\",\"id\":\"db-1\","
                    + "\"url\":\"https://www.notion.so/db1\",\"data_sources\":[{\"id\":\"ds-1\"}]}")));
            notion.stubFor(post("/v1/pages").willReturn(okJson("{\"object\":\"page\",\"id\":\"p-1\"}")));
            String token = "secret_jar_token_never_printed";

            Run run = java(Map.of("NOTION_TOKEN", token, "CSMB_NOTION_BASE_URL", notion.baseUrl()), "provision",
                    "notion", "--config", config.toString(), "--parent-page", "af5f89b5a8ff4c56a5e869797d11b9f8");

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.out()).contains("Created Notion database \"Chat Sessions\": https://www.notion.so/db1",
                    "NOTION_DATABASE_ID=db-1", "NOTION_DATA_SOURCE_ID=ds-1");
            assertThat(run.out() + run.err()).doesNotContain(token);
        } finally {
            notion.stop();
        }
    }
}
