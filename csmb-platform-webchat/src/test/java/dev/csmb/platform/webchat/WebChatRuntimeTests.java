package dev.csmb.platform.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.Feature;
import dev.csmb.api.Priority;
import dev.csmb.engine.testkit.GeneratedProject;
import dev.csmb.spi.EnvVar;
import dev.csmb.spi.RuntimeSpec;
import org.junit.jupiter.api.Test;

/** The generator's choices per configuration: variables, packages and the HTTP server. */
class WebChatRuntimeTests {

    @Test
    void alwaysServesHttpWithSocketIoAndJose() {
        RuntimeSpec spec = WebChatRuntime.of(false, false, false);
        assertThat(spec.servesHttp()).isTrue();
        assertThat(spec.dependencies()).containsOnlyKeys("socket.io", "jose");
        assertThat(spec.devDependencies()).isEmpty();
        assertThat(spec.envVars()).extracting(EnvVar::name)
                .containsExactly("WEBCHAT_SECRET", "WEBCHAT_ALLOWED_ORIGINS", "WEBCHAT_HISTORY_MESSAGES");
    }

    @Test
    void secretsAreRequiredSecretsWithNoExample() {
        assertThat(WebChatRuntime.of(true, true, true).envVars()).filteredOn(EnvVar::secret)
                .extracting(EnvVar::name).containsExactly("WEBCHAT_SECRET", "WEBCHAT_AUTH_SECRET");
        assertThat(WebChatRuntime.of(true, true, true).envVars()).filteredOn(EnvVar::secret)
                .allSatisfy(v -> assertThat(v.required()).isTrue())
                .allSatisfy(v -> assertThat(v.example()).isEmpty());
    }

    @Test
    void userAuthenticationAddsTheHostSitesSecret() {
        assertThat(WebChatRuntime.of(true, false, false).envVars()).extracting(EnvVar::name)
                .contains("WEBCHAT_AUTH_SECRET");
        assertThat(WebChatRuntime.of(false, false, false).envVars()).extracting(EnvVar::name)
                .doesNotContain("WEBCHAT_AUTH_SECRET");
    }

    @Test
    void realTimeSyncAddsTheRedisAdapterAndTestsTheClient() {
        assertThat(WebChatRuntime.of(false, true, false).dependencies()).containsEntry("@socket.io/redis-adapter",
                WebChatPlatformGenerator.REDIS_ADAPTER);
        assertThat(WebChatRuntime.of(false, false, true).devDependencies()).containsEntry("socket.io-client",
                WebChatPlatformGenerator.SOCKET_IO);
    }

    @Test
    void theGeneratedProjectDeclaresEveryVariableItReads() {
        GeneratedProject project = WebChatGenerationTests.KIT.with(b -> b
                .priorities(Priority.USER_AUTHENTICATION, Priority.REAL_TIME_SYNC).features(Feature.FILE_ATTACHMENTS))
                .generate();
        project.fileContains(".env.example", "WEBCHAT_SECRET=")
                .fileContains(".env.example", "WEBCHAT_AUTH_SECRET=")
                .fileContains(".env.example", "WEBCHAT_ALLOWED_ORIGINS=")
                .fileContains(".env.example", "WEBCHAT_HISTORY_MESSAGES=50")
                .fileContains("src/platform/config.js", "env.required('WEBCHAT_AUTH_SECRET'")
                .fileContains("src/platform/adapter.js", "createRedisAdapter(")
                .fileContains("package.json", "\"@socket.io/redis-adapter\"")
                .fileContains("src/index.js", "runtime.http.listen");
    }
}
