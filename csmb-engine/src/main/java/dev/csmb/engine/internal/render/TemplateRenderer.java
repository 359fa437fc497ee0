package dev.csmb.engine.internal.render;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.EscapingStrategy;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.HandlebarsException;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.context.MapValueResolver;
import dev.csmb.api.DefinitionException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders Handlebars templates from one class loader with the engine's settings: no HTML escaping (each file
 * context has its own helper), pretty printing of block tags, and failure on user text written without a
 * helper. Compiled templates are kept, so each is compiled once. Thread-safe.
 */
public final class TemplateRenderer {

    private final Handlebars handlebars;
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();

    /**
     * @param loader the class loader holding the templates
     * @param prefix the resource folder template names are relative to, e.g. {@code "/csmb/runtime/"} or {@code "/"}
     */
    public TemplateRenderer(ClassLoader loader, String prefix) {
        this.handlebars = new Handlebars(new ClassLoaderTemplateLoader(loader, prefix))
                .with(EscapingStrategy.NOOP)
                .prettyPrint(true);
        handlebars.setInfiniteLoops(false);
        EscapingHelpers.register(handlebars);
        handlebars.registerHelperMissing((context, options) -> {
            throw new DefinitionException("unknown value or helper '" + options.helperName + "' in template "
                    + options.fn.filename());
        });
    }

    /**
     * Renders a template with the model.
     *
     * @param template the template name relative to the prefix, with or without {@code .hbs}
     */
    public String render(String template, Map<String, Object> model) {
        String name = template.endsWith(".hbs") ? template.substring(0, template.length() - 4) : template;
        Template compiledTemplate = compiled.computeIfAbsent(name, this::compile);
        Context context = Context.newBuilder(model).resolver(MapValueResolver.INSTANCE).build();
        try {
            return compiledTemplate.apply(context);
        } catch (HandlebarsException e) {
            throw unwrap(name, e);
        } catch (DefinitionException e) {
            throw new DefinitionException("template " + name + ".hbs: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new DefinitionException("template " + name + " failed to render: " + e.getMessage(), e);
        } finally {
            context.destroy();
        }
    }

    private Template compile(String name) {
        try {
            return handlebars.compile(name);
        } catch (FileNotFoundException e) {
            throw new DefinitionException("template not found: " + name + ".hbs", e);
        } catch (IOException | HandlebarsException e) {
            throw new DefinitionException("template " + name + ".hbs does not compile: " + e.getMessage(), e);
        }
    }

    private static DefinitionException unwrap(String name, HandlebarsException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            if (cause instanceof DefinitionException definition) {
                return new DefinitionException("template " + name + ".hbs: " + definition.getMessage(), e);
            }
        }
        return new DefinitionException("template " + name + ".hbs failed to render: " + e.getMessage(), e);
    }
}
