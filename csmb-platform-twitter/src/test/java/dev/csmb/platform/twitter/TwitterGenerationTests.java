package dev.csmb.platform.twitter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.Feature;
import dev.csmb.api.GenerationOptions;
import dev.csmb.api.Priority;
import dev.csmb.engine.testkit.CsmbTestKit;
import dev.csmb.engine.testkit.GeneratedProject;
import dev.csmb.engine.testkit.GoldenFiles;
import org.junit.jupiter.api.Test;

/**
 * What the Twitter/X platform owns, compared whole with golden files (adapter, client, ledger, catalogs, tests, README
 * section), and the choices the generator makes per configuration: variables, packages, files, permissions.
 */
class TwitterGenerationTests {

    private static final CsmbTestKit KIT = CsmbTestKit.forGenerator(new TwitterPlatformGenerator())
            .with(b -> b.projectName("My X Bot").description("Answers mentions on X and remembers each person."));

    private static final GoldenFiles GOLDEN = GoldenFiles.inModule().platformOwned("## Running the bot on Twitter/X");

    @Test
    void minimal() {
        GeneratedProject project = KIT.generate();
        GOLDEN.assertMatches("minimal", project.solution());
        project.fileContains(".env.example", "TWITTER_POLL_SECONDS=300")
                .fileContains(".env.example", "TWITTER_API_KEY=")
                .fileContains("package.json", "\"twitter-api-v2\": \"" + TwitterRuntime.SDK_VERSION + "\"")
                .fileContains("README.md", "**Read and write**")
                .doesNotHaveFile("src/platform/direct-messages.js", "test/platform/direct-messages.test.js");
    }

    @Test
    void directMessagesAddTheirPollerTestAndPermission() {
        GeneratedProject project = KIT.with(b -> b.setting("direct-messages", "on")).generate();
        GOLDEN.assertMatches("direct-messages", project.solution());
        project.hasFile("src/platform/direct-messages.js", "test/platform/direct-messages.test.js")
                .fileContains("src/platform/adapter.js", "await directMessages.poll(ledger, me);")
                .fileContains("README.md", "**Read and write and Direct message**")
                .fileContains(".env.example", "permission to Read, write and Direct Messages");
    }

    @Test
    void theDefaultsKeepTheLedgerInSqlite() {
        GeneratedProject project = KIT.generate();
        assertThat(project.solution().configuration().priorities())
                .containsExactlyInAnyOrder(Priority.MESSAGE_PERSISTENCE, Priority.ERROR_HANDLING);
        project.fileContains("src/config.js", "env.oneOf('SESSION_STORE', STORE_KINDS, 'sqlite')")
                .fileDoesNotContain("src/platform/ledger.js", "openRedisCursors")
                .fileContains("src/platform/ledger.js", "claims.claim(`twitter-${timeline}`, id, CLAIM_MS)")
                .fileDoesNotContain("src/platform/ledger.js", "twitter_claims");
    }

    @Test
    void redisProjectsKeepTheLedgerInRedis() {
        GeneratedProject project = KIT.with(b -> b.priorities(Priority.SCALABILITY, Priority.REAL_TIME_SYNC))
                .generate();
        project.fileContains("src/platform/ledger.js", "if (store.kind === 'redis') return openRedisCursors(")
                .fileContains("src/platform/ledger.js", "claims.claim(`twitter-${timeline}`, id, CLAIM_MS)")
                .fileContains("test/platform/mentions.test.js", "SESSION_STORE: 'redis'");
    }

    @Test
    void retriesOnlyWithErrorHandling() {
        KIT.generate().fileContains("src/platform/client.js", "import pRetry from 'p-retry';");
        KIT.with(b -> b.priorities(Priority.SESSION_MANAGEMENT, Priority.MESSAGE_PERSISTENCE)).generate()
                .fileDoesNotContain("src/platform/client.js", "p-retry")
                .fileContains("src/platform/client.js", "return await request();");
    }

    @Test
    void secretsAreRequiredAndNeverGivenAnExample() {
        for (String name : new String[] {"TWITTER_API_KEY", "TWITTER_API_SECRET", "TWITTER_ACCESS_TOKEN",
                "TWITTER_ACCESS_SECRET"}) {
            assertThat(TwitterRuntime.of(false).envVars()).filteredOn(v -> v.name().equals(name)).singleElement()
                    .satisfies(v -> assertThat(v.required()).isTrue())
                    .satisfies(v -> assertThat(v.secret()).isTrue())
                    .satisfies(v -> assertThat(v.example()).isEmpty());
        }
    }

    @Test
    void onlyTheFeatureItImplementsIsSupported() {
        assertThat(new TwitterPlatformGenerator().descriptor().supportedFeatures())
                .containsExactly(Feature.AI_INTEGRATION);
    }

    @Test
    void withoutTestsThePlatformHasNoTests() {
        GeneratedProject project = KIT.with(b -> b.options(new GenerationOptions(false, true, true, true)))
                .generate();
        assertThat(project.paths()).noneMatch(p -> p.startsWith("test/"))
                .contains("src/platform/adapter.js", "src/platform/ledger.js", "locales/platform.en.json");
    }
}
