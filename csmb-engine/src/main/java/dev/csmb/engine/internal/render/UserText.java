package dev.csmb.engine.internal.render;

import dev.csmb.api.DefinitionException;
import dev.csmb.api.Internal;
import java.util.Objects;

/**
 * Text a user typed, as it sits in the template model. It refuses to render by itself: a template must pass it
 * through the escaping helper of the file's context ({@code {{js x}}}, {@code {{md x}}}, …).
 *
 * @param value the text as given
 */
@Internal
public record UserText(String value) {

    public UserText {
        Objects.requireNonNull(value, "value must not be null");
    }

    /** Always throws: rendering user text without a helper is a template bug. */
    @Override
    public String toString() {
        throw new DefinitionException("user text must be written through an escaping helper such as {{js x}} "
                + "or {{md x}}, never as a plain {{x}}");
    }
}
