package dev.csmb.engine.internal.generate;

import java.util.Optional;

/** The rules for paths inside a generated project: relative, normalized, forward slashes, portable. */
public final class ProjectPaths {

    private static final int MAX_LENGTH = 240;

    private ProjectPaths() {
    }

    /** Why {@code path} is not acceptable, or empty when it is. */
    public static Optional<String> problem(String path) {
        if (path == null || path.isEmpty()) {
            return Optional.of("is empty");
        }
        if (path.length() > MAX_LENGTH) {
            return Optional.of("is longer than " + MAX_LENGTH + " characters");
        }
        if (path.startsWith("/") || path.contains("\\") || path.matches("^[A-Za-z]:.*")) {
            return Optional.of("must be relative and use '/' separators");
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f || "<>:\"|?*".indexOf(c) >= 0) {
                return Optional.of("contains a character that is not portable across file systems");
            }
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return Optional.of("must be normalized (no empty, '.' or '..' segments)");
            }
        }
        return Optional.empty();
    }
}
