package dev.csmb.engine.runtime;

import dev.csmb.engine.fixtures.FixturePlatformGenerator;
import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.Priority;
import dev.csmb.engine.testkit.CsmbTestKit;
import dev.csmb.engine.testkit.GeneratedProject;
import org.junit.jupiter.api.Test;

/**
 * The user-authentication, session-management, message-persistence and error-handling modules: each generates its
 * files and variables when chosen, and leaves no trace when not.
 */
class OpsModulesGenerationTests {

    private static final CsmbTestKit KIT = CsmbTestKit.forGenerator(new FixturePlatformGenerator());

    @Test
    void userAuthenticationAddsTheAllowListGuard() {
        GeneratedProject project = KIT.with(b -> b.priorities(Priority.USER_AUTHENTICATION,
                Priority.SESSION_MANAGEMENT)).generate();
        project.writeTo(ProjectShapeTests.OUT.resolve("auth"));
        project.hasFile("src/core/auth.js", "locales/auth.en.json", "test/core/auth.test.js",
                        "test/transcripts/auth.test.js", "src/core/session-scope.js",
                        "test/transcripts/session-management.test.js")
                .fileContains("src/core/runtime.js", "import { install as installAuth } from './auth.js';")
                .fileContains("src/config.js", "auth: readAuthConfig(env),")
                .fileContains(".env.example", "ALLOWED_USERS=")
                .fileContains(".env.example", "ADMIN_USERS=")
                .fileContains(".env.example", "SESSION_SCOPE=user")
                .fileContains("README.md", "## Who may use the bot");
        assertThat(project.text("package.json")).doesNotContain("p-retry");
    }

    @Test
    void errorHandlingShipsRetriesAndTestsTheShutdown() {
        GeneratedProject project = KIT.with(b -> b.priorities(Priority.ERROR_HANDLING, Priority.MESSAGE_PERSISTENCE))
                .generate();
        project.writeTo(ProjectShapeTests.OUT.resolve("errors"));
        project.hasFile("test/transcripts/error-handling.test.js", "test/transcripts/message-persistence.test.js")
                .fileContains("package.json", "\"p-retry\": \"^9.0.0\"")
                .fileContains("test/transcripts/error-handling.test.js", "import pRetry from 'p-retry';")
                .fileContains("README.md", "## When things go wrong");
        assertThat(project.text(".github/workflows/ci.yml")).doesNotContain("services:").contains("actions/checkout@v6");
        assertThat(project.text("Dockerfile")).doesNotContain("HEALTHCHECK").contains("npm ci --omit=dev");
        assertThat(project.paths()).doesNotContain("src/core/auth.js", "src/core/session-scope.js");
        assertThat(project.text(".env.example")).doesNotContain("ALLOWED_USERS").doesNotContain("SESSION_SCOPE");
        assertThat(project.text("src/core/runtime.js")).doesNotContain("auth").doesNotContain("Scope");
    }

    @Test
    void withoutPersistenceThereIsNoPersistenceTranscript() {
        assertThat(KIT.generate().paths()).doesNotContain("test/transcripts/message-persistence.test.js",
                "src/core/auth.js");
    }
}
