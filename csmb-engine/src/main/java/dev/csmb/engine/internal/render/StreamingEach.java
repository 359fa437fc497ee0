package dev.csmb.engine.internal.render;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.Options;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.helper.EachHelper;
import java.io.Writer;
import java.util.Iterator;

/**
 * {@code each} over a list as Handlebars defines it — the same item contexts with {@code @key}, {@code @index},
 * {@code @first}, {@code @last}, {@code @odd}, {@code @even}, {@code @index_1} and the {@code base} hash, and the
 * inverse block for an empty list — except that every item is rendered straight into the enclosing output. The
 * built-in helper renders each item into a fresh 1,600-character buffer and copies it out as a {@code String}, which
 * was about a quarter of what a generation allocated. Anything else (the properties of an object, block parameters
 * {@code as |item i|}, or no output to write to) still goes to the built-in helper.
 */
final class StreamingEach {

    private StreamingEach() {
    }

    static void register(Handlebars handlebars) {
        handlebars.registerHelper(EachHelper.NAME, helper());
    }

    private static Helper<Object> helper() {
        return (value, options) -> {
            Options.Buffer buffer = options.buffer();
            if (!(value instanceof Iterable<?> items) || !options.blockParams.isEmpty()
                    || !(buffer instanceof Options.NativeBuffer)) {
                return EachHelper.INSTANCE.apply(value, options);
            }
            Writer out = new BlockWriter(buffer);
            Context parent = options.context;
            Template fn = options.fn;
            int base = options.hash("base", 0);
            int index = base;
            boolean even = index % 2 == 0;
            Iterator<?> loop = items.iterator();
            while (loop.hasNext()) {
                Object item = loop.next();
                Context itemContext = Context.newContext(parent, item)
                        .combine("@key", index)
                        .combine("@index", index)
                        .combine("@first", index == base ? "first" : "")
                        .combine("@last", !loop.hasNext() ? "last" : "")
                        .combine("@odd", even ? "" : "odd")
                        .combine("@even", even ? "even" : "")
                        .combine("@index_1", index + 1);
                fn.apply(itemContext, out);
                index++;
                even = !even;
            }
            if (index == base) {
                options.inverse.apply(parent, out);
            }
            return null;
        };
    }
}
