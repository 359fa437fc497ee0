package dev.csmb.platform.discord;

import dev.csmb.api.Complexity;
import dev.csmb.api.Feature;
import dev.csmb.api.GenerationOptions;
import dev.csmb.api.Priority;
import dev.csmb.engine.testkit.CsmbTestKit;
import dev.csmb.engine.testkit.GeneratedProject;
import dev.csmb.engine.testkit.GoldenFiles;
import java.util.EnumSet;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * What the Discord platform owns, compared whole with golden files (its adapter, register script, catalog, tests and
 * README section), and the choices its generator makes per configuration: intents, variables, packages, scripts.
 */
class DiscordGenerationTests {

    private static final CsmbTestKit KIT = CsmbTestKit.forGenerator(new DiscordPlatformGenerator())
            .with(b -> b.projectName("My Discord Bot").description("A Discord bot that remembers its sessions."));

    private static final GoldenFiles GOLDEN = GoldenFiles.inModule().platformOwned("## Running on Discord");

    private static final CsmbTestKit EVERYTHING = KIT.with(b -> b
            .priorities(Priority.SESSION_MANAGEMENT, Priority.MESSAGE_PERSISTENCE, Priority.USER_AUTHENTICATION,
                    Priority.ERROR_HANDLING)
            .features(EnumSet.copyOf(new DiscordPlatformGenerator().descriptor().supportedFeatures()))
            .complexity(Complexity.INTERMEDIATE)
            .setting("messages", "all"));

    @Test
    void minimal() {
        GeneratedProject project = KIT.generate();
        GOLDEN.assertMatches("minimal", project.solution());
        project.fileContains("package.json", "\"register\": \"node src/platform/register.js\",")
                .fileContains("package.json", "\"discord.js\": \"" + DiscordRuntime.DISCORD_JS + "\"")
                .fileContains(".env.example", "DISCORD_TOKEN=")
                .fileContains(".env.example", "DISCORD_CLIENT_ID=")
                .fileContains(".env.example", "DISCORD_GUILD_ID=");
    }

    @Test
    void everythingOn() {
        GOLDEN.assertMatches("everything", EVERYTHING.generate().solution());
    }

    @Test
    void messageContentIsAskedForOnlyWhenEveryMessageIsRead() {
        KIT.generate()
                .fileDoesNotContain("src/platform/adapter.js", "GatewayIntentBits.MessageContent")
                .fileContains("src/platform/adapter.js", "if (message.inGuild() && !message.mentions.users.has(botId))")
                .fileDoesNotContain("README.md", "Message Content Intent");
        KIT.with(b -> b.setting("messages", "all")).generate()
                .fileContains("src/platform/adapter.js", "  GatewayIntentBits.MessageContent,\n")
                .fileDoesNotContain("src/platform/adapter.js", "message.mentions.users.has(botId)")
                .fileContains("README.md", "turn on **Message Content Intent**");
    }

    @Test
    void threadsAreGeneratedOnlyWithConversationBranching() {
        KIT.generate().fileDoesNotContain("src/platform/adapter.js", "threads.create")
                .fileDoesNotContain("src/platform/adapter.js", "ChannelType")
                .fileDoesNotContain("locales/platform.en.json", "platform.thread.started");
        KIT.with(b -> b.features(Feature.CONVERSATION_BRANCHING)).generate()
                .fileContains("src/platform/adapter.js", "channel.threads.create(")
                .fileContains("test/platform/discord.test.js", "opens a thread for /branch");
    }

    @Test
    void aDroppedFeatureIsExplainedInThePlatformSection() {
        KIT.with(b -> b.features(Feature.FILE_ATTACHMENTS, Feature.CONTEXT_AWARENESS).allowDowngrades(true)).generate()
                .fileContains("README.md", "Why features are left out on Discord: file attachments")
                .doesNotHaveFile("src/core/file-attachments.js");
        KIT.generate().fileDoesNotContain("README.md", "Why features are left out");
    }

    @Test
    void theTokenIsASecretAndNeverWritten() {
        Assertions.assertThat(DiscordRuntime.TOKEN.secret()).isTrue();
        Assertions.assertThat(DiscordRuntime.TOKEN.required()).isTrue();
        Assertions.assertThat(DiscordRuntime.GUILD_ID.required()).isFalse();
        KIT.generate().fileContains(".env.example", "DISCORD_TOKEN=\n");
    }

    @Test
    void withoutTestsThereIsNoFakeGatewayPackage() {
        GeneratedProject project = KIT.with(b -> b.options(new GenerationOptions(false, true, true, true)))
                .generate();
        Assertions.assertThat(project.paths()).noneMatch(p -> p.startsWith("test/"))
                .contains("src/platform/adapter.js", "src/platform/register.js", "locales/platform.en.json");
        project.fileDoesNotContain("package.json", "\"ws\"").fileDoesNotContain("package.json", "@types/ws");
        KIT.generate().fileContains("package.json", "\"ws\": \"" + DiscordRuntime.WS + "\"");
    }
}
