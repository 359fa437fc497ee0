package dev.csmb.server.api;

import java.util.Locale;

/**
 * The project's folder name, as the engine's {@code ZipWriter} names the archive's top folder ({@code "My Bot"}
 * → {@code my-bot}); the API tests check the two agree.
 */
final class Slug {

    private Slug() {
    }

    static String of(String projectName) {
        String slug = projectName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "chat-bot" : slug;
    }
}
