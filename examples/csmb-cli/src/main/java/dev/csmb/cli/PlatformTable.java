package dev.csmb.cli;

import dev.csmb.api.CatalogId;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.api.PlatformSetting;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Help.Ansi;

/** The platform table {@code csmb platforms} prints: one row per platform, columns padded to fit. */
final class PlatformTable {

    private static final List<String> HEADER = List.of("ID", "NAME", "LIBRARY", "COMPLEXITY", "TIME", "FEATURES");
    private static final String GAP = "  ";

    private PlatformTable() {
    }

    static String render(List<PlatformDescriptor> platforms, Ansi ansi) {
        List<List<String>> rows = new ArrayList<>();
        platforms.forEach(p -> rows.add(List.of(p.id(), p.displayName(), p.library(), p.complexity().id(),
                p.estimatedTime(), ids(p.supportedFeatures()))));
        int[] widths = new int[HEADER.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = HEADER.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder text = new StringBuilder();
        text.append(bold(ansi, line(HEADER, widths))).append(System.lineSeparator());
        rows.forEach(row -> text.append(line(row, widths)).append(System.lineSeparator()));
        text.append(settingsHint(platforms));
        return text.toString();
    }

    /**
     * One line under the table naming the platforms with settings and their setting names, for example
     * {@code Settings: telegram-bot-api (mode); see `csmb describe <id>`}; nothing when no platform has any.
     */
    static String settingsHint(List<PlatformDescriptor> platforms) {
        String withSettings = platforms.stream().filter(p -> !p.settings().isEmpty())
                .map(p -> p.id() + " (" + p.settings().stream().map(PlatformSetting::name)
                        .collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining(", "));
        return withSettings.isEmpty() ? "" : System.lineSeparator() + "Settings: " + withSettings
                + "; see `csmb describe <id>`" + System.lineSeparator();
    }

    /** The text in bold when colors are on; the text is never read as picocli markup. */
    static String bold(Ansi ansi, String text) {
        return ansi.apply(text, List.of(Ansi.Style.bold)).toString();
    }

    /** Comma separated wire ids; {@code -} when there are none, so the column never looks cut off. */
    static String ids(Collection<? extends CatalogId> values) {
        return values.isEmpty() ? "-" : values.stream().map(CatalogId::id).collect(Collectors.joining(", "));
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            boolean last = i == cells.size() - 1;
            line.append(last ? cells.get(i) : pad(cells.get(i), widths[i]) + GAP);
        }
        return line.toString();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
