package dev.csmb.engine.write;

import java.util.Locale;

/**
 * The file-name-safe form of a project name, as used for the zip's top-level folder: lower case ASCII letters and
 * digits, every other run of characters one {@code -}, for example {@code "My Bot_2"} → {@code "my-bot-2"}.
 */
final class ProjectSlug {

    private ProjectSlug() {
    }

    /** The slug of {@code projectName}; {@code "project"} when nothing usable is left. */
    static String of(String projectName) {
        StringBuilder slug = new StringBuilder();
        boolean gap = false;
        for (char c : projectName.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return slug.length() == 0 ? "project" : slug.toString();
    }
}
