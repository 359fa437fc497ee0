package dev.csmb.cli.wizard;

import java.util.Objects;
import java.util.Optional;

/**
 * One line the user can move to: a choice with its description, a text field or an action.
 *
 * @param key            what it stands for (a catalog id, a field name or an action name)
 * @param kind           how keys act on it
 * @param label          the text shown
 * @param value          a text field's or a cycling field's current value ({@code ""} for choices)
 * @param description    what is shown under it ({@code ""} for none; a line break starts a new line)
 * @param checked        whether a choice is selected
 * @param recommended    whether the platform recommends it
 * @param disabledReason why it cannot be chosen, when it cannot
 */
public record Row(String key, Kind kind, String label, String value, String description, boolean checked,
                  boolean recommended, Optional<String> disabledReason) {

    /** How keys act on a row. */
    public enum Kind {
        /** One of many, chosen with Space or Enter. */
        RADIO,
        /** Any of many, toggled with Space. */
        CHECK,
        /** Free text, edited with Enter (JLine's line editor). */
        TEXT,
        /** A value from a short list, changed with Left and Right. */
        CYCLE,
        /** Does something on Enter. */
        ACTION
    }

    public Row {
        Objects.requireNonNull(key, "key must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(label, "label must not be null");
        Objects.requireNonNull(value, "value must not be null");
        Objects.requireNonNull(description, "description must not be null");
        Objects.requireNonNull(disabledReason, "disabledReason must not be null");
    }

    static Row choice(Kind kind, String key, String label, String description, boolean checked, boolean recommended,
                      Optional<String> disabledReason) {
        return new Row(key, kind, label, "", description, checked, recommended, disabledReason);
    }

    static Row field(Kind kind, String key, String label, String value, String description) {
        return new Row(key, kind, label, value, description, false, false, Optional.empty());
    }

    static Row action(String key, String label, String description, Optional<String> disabledReason) {
        return new Row(key, Kind.ACTION, label, "", description, false, false, disabledReason);
    }
}
