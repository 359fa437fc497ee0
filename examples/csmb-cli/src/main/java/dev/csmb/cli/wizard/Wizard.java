package dev.csmb.cli.wizard;

import dev.csmb.api.GeneratedSolution;
import dev.csmb.api.InvalidInputException;
import dev.csmb.api.Violation;
import dev.csmb.engine.CsmbEngine;
import dev.csmb.engine.write.DirectoryWriter;
import dev.csmb.engine.write.ProtectedFolders;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;

/**
 * Runs the wizard on a JLine terminal: reads keys, asks the {@link StepModel} for the next state, draws it with
 * {@link Screen}, and carries out the model's effects — editing a text field with JLine's line reader, writing the
 * project with the same {@link DirectoryWriter} as {@code csmb generate}, provisioning. Redraws when the terminal
 * is resized. Ctrl-C ends it with {@link #CANCELLED}; nothing is written before step 6 is confirmed.
 */
public final class Wizard {

    /** The exit code after Ctrl-C, as a shell reports a process ended by SIGINT. */
    public static final int CANCELLED = 130;

    /** Provisions the generated project's table; returns the lines to show (the command's output). */
    @FunctionalInterface
    public interface Provisioner {
        List<String> provision(String service, String id, Path configuration);
    }

    /** How the wizard ended: its exit code and the final lines to leave on the terminal. */
    public record Outcome(int exitCode, List<String> finalLines, Optional<Path> written) {
    }

    private final Terminal terminal;
    private final StepModel model;
    private final CsmbEngine engine;
    private final Screen screen;
    private final boolean plain;
    private final ProtectedFolders protectedFolders;
    private final Provisioner provisioner;
    private Display display;
    private LineReader lineReader;
    private volatile WizardState state;

    public Wizard(Terminal terminal, CsmbEngine engine, Map<String, String> environment,
                  ProtectedFolders protectedFolders, Provisioner provisioner) {
        this.terminal = Objects.requireNonNull(terminal, "terminal must not be null");
        this.engine = Objects.requireNonNull(engine, "engine must not be null");
        this.model = new StepModel(engine, v -> {
            String value = environment.get(v);
            return value != null && !value.isBlank();
        });
        String noColor = environment.get("NO_COLOR");
        this.plain = noColor != null && !noColor.isEmpty();
        this.screen = new Screen(plain);
        this.protectedFolders = Objects.requireNonNull(protectedFolders, "protectedFolders must not be null");
        this.provisioner = Objects.requireNonNull(provisioner, "provisioner must not be null");
    }

    /** Runs from this state until the last step or Ctrl-C. */
    public Outcome run(WizardState initial) {
        state = Objects.requireNonNull(initial, "initial must not be null");
        Attributes original = terminal.enterRawMode();
        Terminal.SignalHandler previousWinch = terminal.handle(Terminal.Signal.WINCH, s -> redraw());
        boolean fullScreen = terminal.puts(Capability.enter_ca_mode);
        terminal.puts(Capability.keypad_xmit);
        signals(false);
        try {
            display = new Display(terminal, true);
            lineReader = LineReaderBuilder.builder().terminal(terminal)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true).build();
            KeyMap<Action> keys = KeyBindings.of(terminal);
            BindingReader reader = new BindingReader(terminal.reader());
            while (true) {
                redraw();
                Action action = reader.readBinding(keys);
                clampScroll();
                state = model.apply(state, action == null ? Action.CANCEL : action);
                switch (state.effect()) {
                    case CANCEL -> {
                        return new Outcome(CANCELLED, List.of(), state.written());
                    }
                    case FINISH -> {
                        return new Outcome(0, completeLines(), state.written());
                    }
                    case EDIT -> edit();
                    case WRITE -> write();
                    case PROVISION -> provision();
                    default -> {
                    }
                }
            }
        } catch (Cancelled e) {
            return new Outcome(CANCELLED, List.of(), state.written());
        } finally {
            terminal.puts(Capability.keypad_local);
            if (fullScreen) {
                terminal.puts(Capability.exit_ca_mode);
            }
            terminal.handle(Terminal.Signal.WINCH, previousWinch);
            terminal.setAttributes(original);
            terminal.flush();
        }
    }

    private synchronized void redraw() {
        if (state == null) {
            return;
        }
        int width = Math.max(40, terminal.getWidth() > 0 ? terminal.getWidth() : 80);
        int height = Math.max(12, terminal.getHeight() > 0 ? terminal.getHeight() : 24);
        List<AttributedString> lines = screen.render(state, model.hasSettings(state), model.rows(state), text(width), width, height);
        display.resize(height, width);
        display.update(lines, terminal.getSize().cursorPos(height - 1, 0));
        terminal.flush();
    }

    /** Keeps the scroll position within the text, so Up answers at once after scrolling past the end. */
    private synchronized void clampScroll() {
        int width = Math.max(40, terminal.getWidth() > 0 ? terminal.getWidth() : 80);
        int height = Math.max(12, terminal.getHeight() > 0 ? terminal.getHeight() : 24);
        state = state.withScroll(screen.scroll(state, model.rows(state), text(width), width, height));
    }

    private List<String> text(int width) {
        return switch (state.step()) {
            case REVIEW -> StepTexts.review(state, model.platform(state).orElseThrow(), width);
            case COMPLETE -> completeLines();
            default -> List.of();
        };
    }

    private List<String> completeLines() {
        GeneratedSolution solution = StepTexts.solution(engine, state.configuration());
        return StepTexts.complete(solution, state.written().orElse(state.target()), state.log());
    }

    private void edit() {
        Row row = model.rows(state).get(state.cursor());
        String value = readLine(row.label() + ": ", row.value());
        state = model.setText(state, row.key(), value);
    }

    private void write() {
        List<String> log = new ArrayList<>();
        GeneratedSolution solution = engine.generate(state.configuration());
        log.add("Generated " + solution.files().size() + " files in memory (" + (solution.totalSize() + 1023) / 1024
                + " KiB)");
        log.add("Writing into " + state.target() + " ...");
        state = state.withLog(log).withEffect(Effect.NONE, "").withProblems(Map.of());
        redraw();
        try {
            Path written = new DirectoryWriter(protectedFolders).write(solution, state.target(), false);
            log.add("Done: " + solution.files().size() + " files in " + written);
            state = state.withWritten(written).withLog(log).withCursor(0);
        } catch (InvalidInputException e) {
            state = state.withLog(List.of()).withProblems(Map.of(StepModel.OUT, e.result().errors().stream()
                    .map(Violation::message).collect(Collectors.joining("; "))));
        }
    }

    private void provision() {
        String service = state.effectKey();
        String prompt = service.equals(StepModel.NOTION) ? "Notion parent page (id or URL): "
                : "Airtable base id (app...): ";
        String id = readLine(prompt, "").strip();
        List<String> log = new ArrayList<>(state.log());
        if (id.isEmpty()) {
            state = state.withEffect(Effect.NONE, "");
            return;
        }
        log.add("Provisioning " + service + " ...");
        state = state.withLog(log).withEffect(Effect.NONE, "");
        redraw();
        log.addAll(provisioner.provision(service, id, state.written().orElseThrow().resolve("csmb.json")));
        state = state.withLog(log).withCursor(0);
    }

    /** Edits a line with JLine's line reader, with Ctrl-C as an interrupt there too. */
    private String readLine(String prompt, String initial) {
        display.clear();
        terminal.puts(Capability.clear_screen);
        terminal.writer().println(state.step().indicator(plain, model.hasSettings(state)));
        terminal.writer().println("Edit and press Enter (Ctrl-C quits):");
        terminal.flush();
        signals(true);
        try {
            return lineReader.readLine(prompt, null, initial);
        } catch (UserInterruptException | EndOfFileException e) {
            throw new Cancelled();
        } finally {
            signals(false);
            display.clear();
            terminal.puts(Capability.clear_screen);
        }
    }

    /**
     * Keys are read with signals off, so Ctrl-C arrives as a key the wizard handles (and never interrupts a write
     * half-way); the line reader gets them on and turns Ctrl-C into its interrupt.
     */
    private void signals(boolean on) {
        Attributes attributes = terminal.getAttributes();
        attributes.setLocalFlag(LocalFlag.ISIG, on);
        terminal.setAttributes(attributes);
    }

    /** Ctrl-C inside the line editor. */
    private static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super(null, null, false, false);
        }
    }
}
