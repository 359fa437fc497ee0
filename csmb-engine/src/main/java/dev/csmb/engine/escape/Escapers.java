package dev.csmb.engine.escape;

/**
 * Escaping for every context user text can reach in a generated project. Each method returns a complete,
 * self-delimiting token for its context (a quoted literal where the context has one), so that the text
 * reads back unchanged and cannot break out of its place.
 *
 * <p>STUB: signatures fixed; implementation in progress.
 */
public final class Escapers {

    private Escapers() {
    }

    /** A JavaScript string literal, with its double quotes. */
    public static String js(String text) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** A JSON string literal, with its double quotes. */
    public static String json(String text) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** A YAML double-quoted scalar, with its quotes. */
    public static String yaml(String text) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** A value for a {@code .env} line ({@code NAME=<value>}), double-quoted, on one line. */
    public static String env(String text) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Markdown inline text that renders as exactly {@code text}. */
    public static String markdown(String text) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** HTML text or attribute-value content, entities escaped. */
    public static String html(String text) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
