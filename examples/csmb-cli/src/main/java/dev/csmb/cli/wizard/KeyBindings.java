package dev.csmb.cli.wizard;

import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/**
 * The wizard's keys: arrows (both the terminal's own sequences from terminfo and the common ANSI ones), Space,
 * Enter, {@code b} or Backspace for back, Ctrl-C to quit. Vi's {@code j}/{@code k}/{@code h}/{@code l} work too.
 */
final class KeyBindings {

    private KeyBindings() {
    }

    static KeyMap<Action> of(Terminal terminal) {
        KeyMap<Action> keys = new KeyMap<>();
        bindArrow(keys, terminal, Action.UP, Capability.key_up, "A", "k");
        bindArrow(keys, terminal, Action.DOWN, Capability.key_down, "B", "j");
        bindArrow(keys, terminal, Action.RIGHT, Capability.key_right, "C", "l");
        bindArrow(keys, terminal, Action.LEFT, Capability.key_left, "D", "h");
        keys.bind(Action.TOGGLE, " ");
        keys.bind(Action.NEXT, "\r", "\n");
        keys.bind(Action.BACK, "b", "B", KeyMap.del(), KeyMap.ctrl('H'));
        keys.bind(Action.CANCEL, KeyMap.ctrl('C'), KeyMap.ctrl('D'));
        // An Escape alone would otherwise wait for the rest of an arrow sequence; it is not bound, so ignored.
        return keys;
    }

    private static void bindArrow(KeyMap<Action> keys, Terminal terminal, Action action, Capability capability,
                                  String ansiFinal, String vi) {
        String own = KeyMap.key(terminal, capability);
        if (own != null && !own.isEmpty()) {
            keys.bind(action, own);
        }
        keys.bind(action, "\033[" + ansiFinal, "\033O" + ansiFinal, vi);
    }
}
