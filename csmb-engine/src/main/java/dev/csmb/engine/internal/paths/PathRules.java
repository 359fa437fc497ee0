package dev.csmb.engine.internal.paths;

import dev.csmb.api.DefinitionException;
import dev.csmb.api.GeneratedFile;
import dev.csmb.api.GeneratedSolution;
import dev.csmb.api.Internal;
import dev.csmb.engine.escape.MessageText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rules every generated file path must follow before anything is written: relative, forward slashes,
 * normalized, unique, and never both a file and a folder.
 *
 * <p>Names that differ only in letter case count as the same name, because the project must also unpack on
 * case-insensitive file systems (macOS, Windows). A colon is refused anywhere: on Windows it names a drive or
 * an alternate data stream. Segments are checked by {@link SegmentRules}: no blank names, Windows device names
 * or {@code .git}; invisible format characters (bidi overrides such as U+202E) are refused anywhere.
 */
@Internal
public final class PathRules {

    /**
     * Paths already found good: the verdict depends on the path alone, and a platform writes the same few hundred
     * paths again and again. Bounded; beyond it paths are simply checked every time.
     */
    private static final Set<String> KNOWN_GOOD = ConcurrentHashMap.newKeySet();
    private static final int KNOWN_GOOD_MAX = 4096;

    private PathRules() {
    }

    /** Throws a {@link DefinitionException} naming every bad path of the solution; a bad path is a plugin bug. */
    public static void check(GeneratedSolution solution) {
        List<String> problems = new ArrayList<>();
        for (GeneratedFile file : solution.files()) {
            problem(file.path()).ifPresent(p -> problems.add(quote(file.path()) + " " + p));
        }
        if (problems.isEmpty()) {
            problems.addAll(collisions(solution.files()));
        }
        if (!problems.isEmpty()) {
            throw new DefinitionException("Platform " + MessageText.name(solution.platform().id())
                    + "' produced unsafe file paths, so nothing was written: " + String.join("; ", problems));
        }
    }

    /** What is wrong with one path on its own, if anything. */
    public static Optional<String> problem(String path) {
        if (KNOWN_GOOD.contains(path)) {
            return Optional.empty();
        }
        Optional<String> problem = uncachedProblem(path);
        if (problem.isEmpty() && KNOWN_GOOD.size() < KNOWN_GOOD_MAX) {
            KNOWN_GOOD.add(path);
        }
        return problem;
    }

    private static Optional<String> uncachedProblem(String path) {
        if (path.isEmpty()) {
            return Optional.of("is empty");
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            int type = Character.getType(c);
            if (c == 0) {
                return Optional.of("contains a NUL character");
            } else if (Character.isISOControl(c)) {
                return Optional.of("contains a control character");
            } else if (type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                return Optional.of("contains the invisible character U+" + String.format("%04X", (int) c)
                        + " (a bidi control or format character hides what the name really is)");
            } else if (type == Character.SURROGATE && !validPair(path, i)) {
                return Optional.of("contains a lone surrogate, which is not valid Unicode");
            } else if (c == '\\') {
                return Optional.of("contains a backslash; use '/'");
            } else if (c == ':') {
                return Optional.of("contains ':' (a drive letter or stream name on Windows)");
            }
        }
        if (path.startsWith("/")) {
            return Optional.of("is absolute");
        }
        for (String segment : path.split("/", -1)) {
            Optional<String> problem = SegmentRules.problem(segment);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static boolean validPair(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    private static List<String> collisions(List<GeneratedFile> files) {
        List<String> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        Set<String> folders = new HashSet<>();
        for (GeneratedFile file : files) {
            String path = file.path();
            String previous = seen.putIfAbsent(key(path), path);
            if (previous != null) {
                problems.add(previous.equals(path) ? quote(path) + " appears twice"
                        : quote(previous) + " and " + quote(path) + " differ only in letter case");
            }
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                folders.add(key(path.substring(0, slash)));
            }
        }
        for (GeneratedFile file : files) {
            if (folders.contains(key(file.path()))) {
                problems.add(quote(file.path()) + " is both a file and a folder");
            }
        }
        return problems;
    }

    private static String key(String path) {
        return path.toLowerCase(Locale.ROOT);
    }

    /** The path between quotes, with NUL, controls and bidi overrides written as escapes. */
    public static String quote(String path) {
        return "'" + MessageText.printable(path) + "'";
    }
}
