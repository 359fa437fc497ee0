package dev.csmb.engine.internal.render;

import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.Options;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.helper.IfHelper;
import com.github.jknack.handlebars.helper.UnlessHelper;

/**
 * {@code if} and {@code unless} as Handlebars defines them, except that the chosen branch is rendered straight into
 * the enclosing output. The built-in helpers render each branch into a fresh 1,600-character buffer, turn that into a
 * {@code String} and copy it out, which was a third of everything a generation allocated. A block with block
 * parameters ({@code as |x|}), or used where Handlebars gives it no output to write to, still goes to the built-in
 * helper.
 */
final class StreamingConditionals {

    private StreamingConditionals() {
    }

    static void register(Handlebars handlebars) {
        handlebars.registerHelper("if", helper(false, IfHelper.INSTANCE));
        handlebars.registerHelper("unless", helper(true, UnlessHelper.INSTANCE));
    }

    private static Helper<Object> helper(boolean negated, Helper<Object> builtIn) {
        return (value, options) -> {
            Options.Buffer buffer = options.buffer();
            if (!options.blockParams.isEmpty() || !(buffer instanceof Options.NativeBuffer)) {
                return builtIn.apply(value, options);
            }
            Template branch = options.isFalsy(value) != negated ? options.inverse : options.fn;
            branch.apply(options.context, new BlockWriter(buffer));
            return null;
        };
    }
}
