package dev.csmb.integrations.schema;

/**
 * What a "Chat Sessions" field holds, independent of the service; each service maps it to its own type (Notion
 * property types, Airtable field types).
 */
public enum FieldKind {
    /** The row's name; exactly one per schema, first. */
    TITLE,
    /** One short line of text. */
    TEXT,
    /** Longer free text, such as a summary. */
    LONG_TEXT,
    /** A whole number. */
    NUMBER,
    /** A length of time in seconds. */
    DURATION,
    /** One of the field's options. */
    SELECT,
    /** Any of the field's options. */
    MULTI_SELECT,
    /** A calendar date. */
    DATE,
    /** When the row was created: set by the service where it can, written by the bot otherwise. */
    CREATED_TIME,
    /** When the row last changed: set by the service where it can, written by the bot otherwise. */
    LAST_EDITED_TIME
}
