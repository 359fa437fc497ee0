package dev.csmb.api;

/**
 * A broken definition, not bad input: a platform plugin that fails to load or emits unsafe files, a
 * template that does not compile or renders user text without escaping.
 */
@Stable
public class DefinitionException extends CsmbException {

    private static final long serialVersionUID = 1L;

    public DefinitionException(String message) {
        super(message);
    }

    public DefinitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
