package dev.csmb.cli.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Draws one state as the lines of a screen of the given size: the step indicator, the step's rows with their
 * descriptions and problems, and the keys. Lines are cut to the width and the body is windowed to the height, so
 * the screen fits 80×24 (and smaller). Plain mode ({@code NO_COLOR}) uses no colour and ASCII only.
 */
final class Screen {

    private static final AttributedStyle TITLE = AttributedStyle.BOLD;
    private static final AttributedStyle CURRENT = AttributedStyle.BOLD.foreground(AttributedStyle.CYAN);
    private static final AttributedStyle FAINT = AttributedStyle.DEFAULT.faint();
    private static final AttributedStyle PROBLEM = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);
    private static final AttributedStyle MARK = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);

    /** The header's three lines and the footer's two. */
    private static final int CHROME = 5;

    private final boolean plain;

    Screen(boolean plain) {
        this.plain = plain;
    }

    /**
     * The screen's lines, at most {@code height}, each at most {@code width} columns; {@code withSettings}: whether
     * the platform has a settings step (it counts in the step indicator).
     */
    List<AttributedString> render(WizardState state, boolean withSettings, List<Row> rows, List<String> text,
                                  int width, int height) {
        List<AttributedString> head = new ArrayList<>();
        head.add(line(style(TITLE), "csmb new  " + state.step().indicator(plain, withSettings)));
        head.add(line(style(FAINT), state.step().intro()));
        head.add(AttributedString.EMPTY);
        List<AttributedString> body = new ArrayList<>();
        int cursorLine = body(state, rows, text, width, body);
        List<AttributedString> foot = List.of(AttributedString.EMPTY, line(style(FAINT), keys(state, rows)));
        int room = Math.max(2, height - CHROME);
        boolean overflow = body.size() > room;
        int window = overflow ? room - 1 : room;
        int first = first(state, rows, cursorLine, body.size(), window);
        List<AttributedString> screen = new ArrayList<>(head);
        List<AttributedString> shown = body.subList(first, Math.min(body.size(), first + window));
        screen.addAll(shown);
        if (overflow) {
            int more = body.size() - first - shown.size();
            screen.add(line(style(FAINT), more > 0 ? "  ... " + more + " more lines (Down to see)"
                    : "  (end; Up to scroll back)"));
        }
        while (screen.size() < height - foot.size()) {
            screen.add(AttributedString.EMPTY);
        }
        screen.addAll(foot);
        return screen.stream().map(l -> l.columnSubSequence(0, Math.max(1, width - 1))).toList();
    }

    /** The scroll position clamped to what can be shown, so Up answers at once after scrolling past the end. */
    int scroll(WizardState state, List<Row> rows, List<String> text, int width, int height) {
        List<AttributedString> body = new ArrayList<>();
        int cursorLine = body(state, rows, text, width, body);
        int room = Math.max(2, height - CHROME);
        int window = body.size() > room ? room - 1 : room;
        return rows.isEmpty() ? first(state, rows, cursorLine, body.size(), window) : state.scroll();
    }

    private static int first(WizardState state, List<Row> rows, int cursorLine, int size, int window) {
        int last = Math.max(0, size - window);
        int wanted = rows.isEmpty() ? state.scroll() : cursorLine - window / 2;
        return Math.max(0, Math.min(wanted, last));
    }

    /** Adds the body's lines; returns the line the cursor's row is on. */
    private int body(WizardState state, List<Row> rows, List<String> text, int width, List<AttributedString> body) {
        int cursorLine = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (i == state.cursor()) {
                cursorLine = body.size();
            }
            body.add(rowLine(row, i == state.cursor()));
            if (!row.description().isEmpty() || row.disabledReason().isPresent()) {
                String reason = row.disabledReason().map(r -> "disabled: " + r).orElse(row.description());
                // A description's own lines (a setting's values) each wrap on their own.
                for (String paragraph : reason.split("\n", -1)) {
                    wrap(body, style(FAINT), "      ", paragraph, width);
                }
            }
            problem(state, row.key()).ifPresent(p -> wrap(body, style(PROBLEM), "      ! ", p, width));
        }
        problem(state, StepModel.LIST).ifPresent(p -> wrap(body, style(PROBLEM), "  ! ", p, width));
        text.forEach(t -> wrap(body, AttributedStyle.DEFAULT, "", t, width));
        if (state.step() != Step.COMPLETE) {
            state.log().forEach(l -> wrap(body, AttributedStyle.DEFAULT, "  ", l, width));
        }
        return cursorLine;
    }

    private AttributedString rowLine(Row row, boolean current) {
        AttributedStringBuilder b = new AttributedStringBuilder();
        b.style(current ? style(CURRENT) : AttributedStyle.DEFAULT);
        b.append(current ? mark("\u276f ", "> ") : "  ");
        switch (row.kind()) {
            case RADIO -> b.append(row.checked() ? mark("(\u25cf) ", "(*) ") : "( ) ");
            case CHECK -> b.append(row.disabledReason().isPresent() ? "[-] " : row.checked() ? "[x] " : "[ ] ");
            default -> b.append("");
        }
        b.append(row.label());
        if (row.kind() == Row.Kind.TEXT) {
            b.append(": ").append(row.value().isEmpty() ? "(empty)" : row.value());
        } else if (row.kind() == Row.Kind.CYCLE) {
            b.append(": ").append(mark("\u25c2 ", "< ")).append(row.value()).append(mark(" \u25b8", " >"));
        }
        if (row.recommended()) {
            b.style(style(MARK)).append(mark("  \u2605 recommended", "  * recommended"));
        }
        return b.toAttributedString();
    }

    /**
     * Adds the text as lines of at most {@code width - 1} columns, broken at spaces where it can, continued lines
     * indented like the text after the prefix.
     */
    static void wrap(List<AttributedString> lines, AttributedStyle style, String prefix, String text, int width) {
        int indent = prefix.length() + (text.length() - text.stripLeading().length());
        int room = Math.max(10, width - 1);
        String rest = prefix + text;
        while (rest.length() > room) {
            int cut = rest.lastIndexOf(' ', room);
            if (cut <= indent) {
                cut = room;
            }
            lines.add(line(style, rest.substring(0, cut)));
            rest = " ".repeat(indent) + rest.substring(cut).stripLeading();
        }
        lines.add(line(style, rest));
    }

    private static Optional<String> problem(WizardState state, String key) {
        return Optional.ofNullable(state.problems().get(key));
    }

    private String keys(WizardState state, List<Row> rows) {
        String move = rows.isEmpty() ? mark("\u2191\u2193 scroll", "Up/Down scroll") : mark("\u2191\u2193 move", "Up/Down move");
        String select = switch (state.step()) {
            case PRIORITIES, FEATURES -> "  Space select";
            case SETTINGS, PROJECT -> "  " + mark("\u2190\u2192", "<-/->") + " change";
            default -> "";
        };
        String back = state.step() == Step.PLATFORM || state.written().isPresent() ? "" : "  b back";
        String enter = state.step() == Step.COMPLETE ? "  Enter finish" : "  Enter next";
        return move + select + enter + back + "  Ctrl-C quit";
    }

    private String mark(String fancy, String ascii) {
        return plain ? ascii : fancy;
    }

    private AttributedStyle style(AttributedStyle style) {
        return plain ? AttributedStyle.DEFAULT : style;
    }

    private static AttributedString line(AttributedStyle style, String text) {
        return new AttributedString(text, style);
    }
}
