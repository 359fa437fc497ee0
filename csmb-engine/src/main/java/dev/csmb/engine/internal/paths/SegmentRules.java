package dev.csmb.engine.internal.paths;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules for one segment of a generated path, beyond those for the path as a whole: names that some file
 * system, archive tool or Git treat specially must not appear, so the project unpacks the same everywhere and
 * cannot plant files in a repository's own folder.
 */
final class SegmentRules {

    /** Windows device names: {@code con}, {@code nul.txt}, {@code COM1.js} open a device, not a file. */
    private static final Pattern DEVICE = Pattern.compile(
            "(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3]|conin\\$|conout\\$)(\\..*)?");

    private SegmentRules() {
    }

    /** What is wrong with {@code segment}, if anything. */
    static Optional<String> problem(String segment) {
        if (segment.isEmpty()) {
            return Optional.of("has an empty segment");
        } else if (segment.equals("..")) {
            return Optional.of("contains '..'");
        } else if (segment.equals(".")) {
            return Optional.of("is not normalized (contains '.')");
        } else if (segment.isBlank()) {
            return Optional.of("has a blank segment");
        } else if (segment.endsWith(" ") || segment.endsWith(".")) {
            return Optional.of("has a segment ending in a space or '.', which Windows drops");
        } else if (segment.startsWith(" ")) {
            return Optional.of("has a segment starting with a space");
        }
        String lower = segment.toLowerCase(Locale.ROOT);
        if (DEVICE.matcher(lower).matches()) {
            return Optional.of("uses the Windows device name '" + segment + "', which opens a device, not a file");
        } else if (lower.equals(".git")) {
            return Optional.of("writes into a '.git' folder, which belongs to Git, not to the project");
        }
        return Optional.empty();
    }
}
