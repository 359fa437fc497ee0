package dev.csmb.engine.runtime;

import dev.csmb.engine.fixtures.FixturePlatformGenerator;
import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.Priority;
import dev.csmb.engine.testkit.CsmbTestKit;
import dev.csmb.engine.testkit.GeneratedProject;
import org.junit.jupiter.api.Test;

/** The Redis-backed priorities: scalability (Redis store, rate limit, /healthz) and real-time-sync. */
class RedisProjectsTests {

    private static final CsmbTestKit KIT = CsmbTestKit.forGenerator(new FixturePlatformGenerator())
            .with(b -> b.projectName("Fixture Bot").description("A fixture bot that remembers its sessions."));

    @Test
    void scalabilityMakesRedisTheDefaultStoreAndAddsTheRateLimitAndHealthCheck() {
        GeneratedProject project = KIT.with(b -> b.priorities(Priority.SCALABILITY, Priority.SESSION_MANAGEMENT))
                .generate();
        project.writeTo(ProjectShapeTests.OUT.resolve("scalability"));
        project.hasFile("src/core/redis.js", "src/core/stores/redis.js", "src/core/rate-limit.js",
                        "src/core/health.js", "src/core/http.js", "locales/rate-limit.en.json",
                        "test/stores/redis.test.js", "test/transcripts/rate-limit.test.js",
                        "test/transcripts/health.test.js")
                .fileContains("src/config.js", "env.oneOf('SESSION_STORE', STORE_KINDS, 'redis')")
                .fileContains(".env.example", "SESSION_STORE=redis")
                .fileContains(".env.example", "REDIS_KEY_PREFIX=fixture-bot:")
                .fileContains(".env.example", "RATE_LIMIT_PER_MINUTE=30")
                .fileContains(".env.example", "RATE_LIMIT_STORE=redis")
                .fileContains("package.json", "\"rate-limiter-flexible\": \"^11.4.0\"")
                .fileContains("package.json", "\"express\": \"^5.2.1\"")
                .fileContains(".env.example", "HTTP_HOST=127.0.0.1")
                .fileContains(".github/workflows/ci.yml", "REDIS_URL: redis://localhost:6379")
                .fileContains(".github/workflows/ci.yml", "image: redis:8-alpine")
                .fileContains("Dockerfile", "HEALTHCHECK")
                .fileContains("package.json", "\"redis\": \"^6.3.1\"")
                .fileContains("docker-compose.yml", "image: redis:8-alpine")
                .fileContains("src/core/runtime.js", "await installHealth(runtime)")
                .fileContains("test/stores/contract.test.js", "'redis',\n    () =>");
        assertThat(project.paths()).doesNotContain("src/core/real-time-sync.js");
        assertThat(project.text("src/core/redis.js")).doesNotContain("real-time sync");
    }

    @Test
    void realTimeSyncPublishesSessionEventsOverRedis() {
        GeneratedProject project = KIT.with(b -> b.priorities(Priority.REAL_TIME_SYNC, Priority.SESSION_MANAGEMENT))
                .generate();
        project.writeTo(ProjectShapeTests.OUT.resolve("real-time-sync"));
        project.hasFile("src/core/real-time-sync.js", "src/core/stores/redis.js",
                        "test/transcripts/real-time-sync.test.js")
                .fileContains("src/core/runtime.js", "await installRealTimeSync(runtime)")
                .fileContains("src/core/redis.js", "env.required('REDIS_URL'");
        assertThat(project.paths()).doesNotContain("src/core/rate-limit.js", "src/core/health.js", "src/core/http.js");
    }

    @Test
    void withoutEitherPriorityNothingMentionsRedis() {
        GeneratedProject project = KIT.generate();
        assertThat(project.paths()).noneMatch(p -> p.contains("redis") || p.contains("rate-limit")
                || p.contains("health") || p.contains("real-time-sync"));
        for (String path : project.paths()) {
            assertThat(project.text(path)).as(path).doesNotContainIgnoringCase("redis");
        }
    }
}
