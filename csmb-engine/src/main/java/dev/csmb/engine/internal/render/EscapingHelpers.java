package dev.csmb.engine.internal.render;

import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Helper;
import dev.csmb.api.DefinitionException;
import dev.csmb.engine.escape.Escapers;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Registers the escaping helpers, one per target context, on a Handlebars instance. */
final class EscapingHelpers {

    private static final Map<String, UnaryOperator<String>> HELPERS = Map.of(
            "js", Escapers::js,
            "json", Escapers::json,
            "yaml", Escapers::yaml,
            "env", Escapers::env,
            "md", Escapers::markdown,
            "html", Escapers::html);

    private EscapingHelpers() {
    }

    static void register(Handlebars handlebars) {
        HELPERS.forEach((name, escaper) -> handlebars.registerHelper(name, helper(name, escaper)));
    }

    private static Helper<Object> helper(String name, UnaryOperator<String> escaper) {
        return (value, options) -> {
            if (value == null) {
                throw new DefinitionException("{{" + name + "}} was given a missing value in " + options.fn.filename());
            }
            String text = value instanceof UserText user ? user.value() : value.toString();
            return new Handlebars.SafeString(escaper.apply(text));
        };
    }
}
