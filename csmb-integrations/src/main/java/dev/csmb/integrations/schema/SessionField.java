package dev.csmb.integrations.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * One field (Notion: property) of the "Chat Sessions" table.
 *
 * @param name        the field's name as people see it, for example {@code "Status"}
 * @param kind        what it holds
 * @param options     the choices of a select, in order; empty for other kinds
 * @param description what the generated bot writes into it
 */
public record SessionField(String name, FieldKind kind, List<String> options, String description) {

    /** Notion and Airtable both allow at most this many options per select. */
    public static final int MAX_OPTIONS = 100;
    /** Notion's limit for a property or option name. */
    public static final int MAX_NAME_LENGTH = 100;

    public SessionField {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        options = List.copyOf(Objects.requireNonNull(options, "options must not be null"));
        Objects.requireNonNull(description, "description must not be null");
        if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("field name must be 1 to " + MAX_NAME_LENGTH + " characters: " + name);
        }
        boolean select = kind == FieldKind.SELECT || kind == FieldKind.MULTI_SELECT;
        if (!select && !options.isEmpty()) {
            throw new IllegalArgumentException("only select fields have options: " + name);
        }
        if (options.size() > MAX_OPTIONS) {
            throw new IllegalArgumentException(name + ": at most " + MAX_OPTIONS + " options");
        }
        for (String option : options) {
            // Notion rejects commas in option names; both services limit their length.
            if (option.isBlank() || option.length() > MAX_NAME_LENGTH || option.contains(",")) {
                throw new IllegalArgumentException(name + ": option must be 1 to " + MAX_NAME_LENGTH
                        + " characters without commas: " + option);
            }
        }
        if (new HashSet<>(options).size() != options.size()) {
            throw new IllegalArgumentException(name + ": options must be unique");
        }
    }

    /** A field without options. */
    public static SessionField of(String name, FieldKind kind, String description) {
        return new SessionField(name, kind, List.of(), description);
    }

    /** A select or multi-select with these options. */
    public static SessionField select(String name, FieldKind kind, List<String> options, String description) {
        return new SessionField(name, kind, options, description);
    }
}
