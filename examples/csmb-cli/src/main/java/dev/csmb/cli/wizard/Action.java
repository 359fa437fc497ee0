package dev.csmb.cli.wizard;

/** What a key press asks the wizard to do; {@link KeyBindings} maps keys to these. */
public enum Action {
    UP, DOWN, LEFT, RIGHT, TOGGLE, NEXT, BACK, CANCEL
}
