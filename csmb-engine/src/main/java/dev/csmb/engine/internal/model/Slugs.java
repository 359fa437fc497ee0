package dev.csmb.engine.internal.model;

import dev.csmb.api.Internal;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns names into safe identifiers. */
@Internal
public final class Slugs {

    private static final Pattern NOT_ALLOWED = Pattern.compile("[^a-z0-9]+");
    private static final Pattern OUTER_DASHES = Pattern.compile("^-+|-+$");

    private Slugs() {
    }

    /** An npm package name from a project name: lower case, {@code [a-z0-9-]}, no leading or trailing dash. */
    public static String npmName(String projectName) {
        String lower = projectName.toLowerCase(Locale.ROOT);
        String slug = OUTER_DASHES.matcher(NOT_ALLOWED.matcher(lower).replaceAll("-")).replaceAll("");
        return slug.isEmpty() ? "chat-bot" : slug;
    }

    /** camelCase of a wire id: {@code "session-management"} becomes {@code "sessionManagement"}. */
    public static String camel(String id) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : id.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
