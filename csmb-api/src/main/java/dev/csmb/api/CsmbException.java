package dev.csmb.api;

/**
 * The root of every exception csmb throws on purpose. {@link InvalidInputException} means the caller gave
 * bad input and can fix it; {@link DefinitionException} means a platform plugin or template is broken.
 * Anything else directly under this root is an environment failure, such as an unwritable folder.
 */
@Stable
public class CsmbException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CsmbException(String message) {
        super(message);
    }

    public CsmbException(String message, Throwable cause) {
        super(message, cause);
    }
}
