package dev.csmb.engine.internal.render;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.EscapingStrategy;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.HandlebarsException;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.context.MapValueResolver;
import dev.csmb.api.DefinitionException;
import dev.csmb.api.GeneratedFile;
import dev.csmb.api.Internal;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders project files from one class loader. A file {@code x} comes from the resource {@code x.hbs} when that
 * exists — a Handlebars template, rendered with the engine's settings: no HTML escaping (each file context has its
 * own helper), pretty printing of block tags, and failure on user text written without a helper — or else from the
 * resource {@code x} itself, a static file copied byte for byte (real code, linted and checked where it lives, or an
 * image). Having both is a definition error. Compiled templates and static contents are kept, so each is loaded once.
 * Thread-safe.
 */
@Internal
public final class TemplateRenderer {

    private final Handlebars handlebars;
    private final ClassLoader loader;
    private final String prefix;
    private final boolean streaming;
    /** Sources by name (without {@code .hbs}). */
    private final Map<String, Source> compiled = new ConcurrentHashMap<>();
    /**
     * The same sources by the name callers give, with or without {@code .hbs}, so a lookup neither cuts the suffix off
     * nor hashes the shortened name anew. Only names that loaded are kept: at most two per resource.
     */
    private final Map<String, Source> byTemplate = new ConcurrentHashMap<>();

    /**
     * Compiles a small template with a throw-away Handlebars, so the one-time costs of the first compilation in a
     * JVM (loading the parser's classes, building its ANTLR state machines) are paid now, on this thread. For
     * {@code Preparation}, which calls it on a thread of its own; a failure here changes nothing and is left for a
     * real compilation to report.
     */
    public static void prepareParser() {
        try {
            new Handlebars().compileInline("{{#each a}}{{#if b}}{{c.d}}{{else}}{{{e}}}{{/if}}{{/each}}{{!f}}");
        } catch (IOException | RuntimeException e) {
            // nothing to do: the first real compilation meets the same problem and reports it
        }
    }

    /**
     * @param loader the class loader holding the templates
     * @param prefix the resource folder template names are relative to, e.g. {@code "/csmb/runtime/"} or {@code "/"}
     */
    public TemplateRenderer(ClassLoader loader, String prefix) {
        this(loader, prefix, true);
    }

    /**
     * The renderer as Handlebars does it out of the box: built-in {@code if}, {@code unless} and {@code each}, each
     * file rendered to a {@code String} and encoded, nothing shared between generations. Tests hold the default
     * renderer to its output.
     */
    public static TemplateRenderer reference(ClassLoader loader, String prefix) {
        return new TemplateRenderer(loader, prefix, false);
    }

    private TemplateRenderer(ClassLoader loader, String prefix, boolean streaming) {
        this.streaming = streaming;
        this.loader = loader;
        this.prefix = prefix.startsWith("/") ? prefix.substring(1) : prefix;
        this.handlebars = new Handlebars(new ClassLoaderTemplateLoader(loader, prefix))
                .with(EscapingStrategy.NOOP)
                .prettyPrint(true);
        handlebars.setInfiniteLoops(false);
        EscapingHelpers.register(handlebars);
        if (streaming) {
            StreamingConditionals.register(handlebars);
            StreamingEach.register(handlebars);
        }
        handlebars.registerHelperMissing((context, options) -> {
            throw new DefinitionException("unknown value or helper '" + options.helperName + "' in template "
                    + options.fn.filename());
        });
    }

    /**
     * Renders a file with the model: its template, or its static content as is.
     *
     * @param template the file's name relative to the prefix, with or without {@code .hbs}
     */
    public String render(String template, Map<String, Object> model) {
        Source source = source(template);
        if (source.isStatic()) {
            return source.text();
        }
        // Sized as the last render of this template (an unsized buffer grows and copies itself many times over).
        StringWriter out = new StringWriter(source.lastLength() + 64);
        apply(template, source.template(), model, out);
        source.lastLength(out.getBuffer().length());
        return out.toString();
    }

    /**
     * Renders a file with the model straight to UTF-8 bytes; a static file is the same {@link GeneratedFile} every
     * time (it depends on nothing but its resource, path and executable bit, and is immutable).
     *
     * @param template the file's name relative to the prefix, with or without {@code .hbs}
     */
    public GeneratedFile file(String template, String path, boolean executable, Map<String, Object> model) {
        Source source = source(template);
        if (source.isStatic()) {
            return streaming ? source.file(path, executable) : source.copy(path, executable);
        }
        if (!streaming) {
            return GeneratedFile.bytes(path, render(template, model).getBytes(StandardCharsets.UTF_8), executable);
        }
        Utf8Output out = Utf8Output.acquire();
        try {
            apply(template, source.template(), model, out);
            return out.toFile(path, executable);
        } finally {
            out.release();
        }
    }

    /**
     * Applies a template to the model, writing to {@code out}; every failure becomes a {@link DefinitionException}.
     *
     * @param given the template's name as the caller gave it, with or without {@code .hbs}
     */
    private static void apply(String given, Template template, Map<String, Object> model, Writer out) {
        Context context = Context.newBuilder(model).resolver(MapValueResolver.INSTANCE).build();
        try {
            template.apply(context, out);
        } catch (HandlebarsException e) {
            throw unwrap(name(given), e);
        } catch (DefinitionException e) {
            throw new DefinitionException("template " + name(given) + ".hbs: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new DefinitionException("template " + name(given) + " failed to render: " + e.getMessage(), e);
        } finally {
            context.destroy();
        }
    }

    private static String name(String template) {
        return template.endsWith(".hbs") ? template.substring(0, template.length() - 4) : template;
    }

    private Source source(String template) {
        Source source = byTemplate.get(template);
        if (source == null) {
            source = compiled.computeIfAbsent(name(template), this::load);
            byTemplate.putIfAbsent(template, source);
        }
        return source;
    }

    private Source load(String name) {
        URL template = loader.getResource(prefix + name + ".hbs");
        URL verbatim = loader.getResource(prefix + name);
        if (template != null && verbatim != null) {
            throw new DefinitionException("both " + name + ".hbs and " + name
                    + " exist: a file is either a template or static, not both");
        }
        if (template == null && verbatim != null) {
            return Source.ofStatic(read(name, verbatim));
        }
        return Source.ofTemplate(compile(name));
    }

    private static byte[] read(String name, URL url) {
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new DefinitionException("static file " + name + " cannot be read: " + e.getMessage(), e);
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
