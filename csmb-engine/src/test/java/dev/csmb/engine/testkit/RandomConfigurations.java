package dev.csmb.engine.testkit;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.Complexity;
import dev.csmb.api.Feature;
import dev.csmb.api.GenerationOptions;
import dev.csmb.api.Priority;
import dev.csmb.api.TeamSize;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Random {@link BuildConfiguration}s for property tests: any platform id (catalog ones and hostile strings), any
 * number of priorities and features, hostile project names and descriptions, and a few platform settings. They are not necessarily valid:
 * sizes and patterns are ignored on purpose.
 */
public final class RandomConfigurations {

    private static final List<String> PLATFORMS = List.of("cli-interface", "discord-js", "telegram-bot-api",
            "whatsapp-web", "slack-bolt", "twitter-api", "web-chat");

    private RandomConfigurations() {
    }

    /** One random configuration. */
    public static BuildConfiguration next(Random random) {
        String platform = random.nextInt(4) == 0 ? HostileStrings.next(random)
                : PLATFORMS.get(random.nextInt(PLATFORMS.size()));
        return BuildConfiguration.builder(platform)
                .priorities(subset(random, Priority.values()))
                .features(subset(random, Feature.values()))
                .teamSize(pick(random, TeamSize.values()))
                .complexity(pick(random, Complexity.values()))
                .projectName(random.nextBoolean() ? "Bot " + random.nextInt(1000) : HostileStrings.next(random))
                .description(HostileStrings.next(random))
                .options(new GenerationOptions(random.nextBoolean(), random.nextBoolean(), random.nextBoolean(),
                        random.nextBoolean()))
                .allowDowngrades(random.nextBoolean())
                .settings(settings(random))
                .build();
    }

    /** Zero to two settings; names and values are plain ids or hostile strings (drawn last, so earlier values stay). */
    private static Map<String, String> settings(Random random) {
        Map<String, String> settings = new TreeMap<>();
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String name = random.nextBoolean() ? "mode" + i : HostileStrings.next(random);
            if (name.isEmpty()) {
                continue;
            }
            settings.put(name, random.nextBoolean() ? "webhook" : HostileStrings.next(random));
        }
        return settings;
    }

    /** {@code count} configurations from {@code seed}. */
    public static List<BuildConfiguration> sample(long seed, int count) {
        Random random = new Random(seed);
        List<BuildConfiguration> sample = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sample.add(next(random));
        }
        return List.copyOf(sample);
    }

    private static <E> List<E> subset(Random random, E[] all) {
        List<E> chosen = new ArrayList<>();
        for (E e : all) {
            if (random.nextInt(3) == 0) {
                chosen.add(e);
            }
        }
        return chosen;
    }

    private static <E> E pick(Random random, E[] all) {
        return all[random.nextInt(all.length)];
    }
}
