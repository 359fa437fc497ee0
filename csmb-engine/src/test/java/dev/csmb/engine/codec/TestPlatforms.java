package dev.csmb.engine.codec;

import dev.csmb.api.Complexity;
import dev.csmb.api.Feature;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.api.Priority;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Two catalog platforms, as the codec's platform lookup sees them in these tests. */
final class TestPlatforms {

    static final PlatformDescriptor CLI = new PlatformDescriptor("cli-interface", "CLI Tool", "Node readline",
            Complexity.BASIC, "1-2 hours", Set.of(Feature.CUSTOM_COMMANDS, Feature.BACKUP_RESTORE,
            Feature.CONTEXT_AWARENESS), List.of(Priority.SESSION_MANAGEMENT, Priority.ERROR_HANDLING),
            "A command-line chat bot.");
    static final PlatformDescriptor DISCORD = new PlatformDescriptor("discord-js", "Discord Bot", "discord.js 14",
            Complexity.INTERMEDIATE, "2-4 hours", Set.of(Feature.CONVERSATION_BRANCHING, Feature.WEBHOOKS),
            List.of(Priority.SESSION_MANAGEMENT, Priority.REAL_TIME_SYNC, Priority.ERROR_HANDLING),
            "A Discord bot.");

    private static final Map<String, PlatformDescriptor> BY_ID = Map.of(CLI.id(), CLI, DISCORD.id(), DISCORD);

    private TestPlatforms() {
    }

    /** A codec that knows {@link #CLI} and {@link #DISCORD}. */
    static ConfigurationCodec codec() {
        return new ConfigurationCodec(id -> Optional.ofNullable(BY_ID.get(id)));
    }
}
