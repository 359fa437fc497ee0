package dev.csmb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.engine.CsmbEngine;
import dev.csmb.engine.fixtures.EchoGenerator;
import dev.csmb.engine.fixtures.EchoTwinGenerator;
import dev.csmb.engine.fixtures.EchoTwinOtherGenerator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The commands against an engine with the engine's fixture generators only, auto-discovery off. */
class FixtureEngineTests {

    private static EngineHolder echoAndTwins() {
        return new EngineHolder(() -> CsmbEngine.builder().autoDiscovery(false)
                .generator(new EchoGenerator())
                .generator(new EchoTwinGenerator())
                .generator(new EchoTwinOtherGenerator())
                .build());
    }

    @Test
    void discoveryProblemsAreWarningsAndTheOtherPlatformsStillList() {
        Cli result = Cli.run(echoAndTwins(), Map.of(), "platforms");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("test-echo").doesNotContain("test-twin");
        assertThat(result.err()).startsWith("warning: ").contains("[duplicate-id]",
                EchoTwinGenerator.class.getName(), EchoTwinOtherGenerator.class.getName());
    }

    @Test
    void jsonStaysCleanWhenThereAreDiscoveryProblems() {
        Cli result = Cli.run(echoAndTwins(), Map.of(), "platforms", "--json");

        assertThat(result.out()).startsWith("[").doesNotContain("warning");
        assertThat(result.err()).contains("[duplicate-id]");
    }

    @Test
    void describesAFixturePlatform() {
        Cli result = Cli.run(echoAndTwins(), Map.of(), "describe", "test-echo");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("Echo (test-echo)")
                .contains("Echoes the configuration", "nothing", "1 minute", "custom-commands",
                        "session-management, error-handling");
    }

    @Test
    void unknownPlatformListsTheUsableOnes() {
        Cli result = Cli.run(echoAndTwins(), Map.of(), "describe", "test-twin");

        assertThat(result.exitCode()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(result.err()).startsWith("error: unknown platform 'test-twin'; known: test-echo [unknown-platform]");
    }

    @Test
    void anUnsupportedFeatureIsAnErrorAndADowngradeOnlyAWarning() {
        // cli-interface supports every feature, so the fixture platform (custom-commands only) stands in.
        EngineHolder echo = new EngineHolder(() -> CsmbEngine.builder().autoDiscovery(false)
                .generator(new EchoGenerator()).build());

        Cli refused = Cli.run(echo, Map.of(), "generate", "--platform", "test-echo", "--name", "Echo Bot",
                "--feature", "webhooks", "--dry-run");
        Cli downgraded = Cli.run(echo, Map.of(), "generate", "--platform", "test-echo", "--name", "Echo Bot",
                "--feature", "webhooks", "--allow-downgrades", "--dry-run");

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(CsmbCli.INVALID_INPUT);
        assertThat(refused.err()).startsWith("error: features[webhooks]").contains("unsupported-feature");
        assertThat(refused.hasNoStackTrace()).isTrue();
        assertThat(downgraded.exitCode()).as(downgraded.toString()).isZero();
        assertThat(downgraded.err()).startsWith("warning: features[webhooks]").contains("feature-downgraded");
    }
}
