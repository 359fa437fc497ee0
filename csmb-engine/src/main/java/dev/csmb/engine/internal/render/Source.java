package dev.csmb.engine.internal.render;

import com.github.jknack.handlebars.Template;
import dev.csmb.api.GeneratedFile;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loaded file: a compiled template, or static text. A static file depends on nothing but its resource, so the
 * {@link GeneratedFile} for each path it is written to is made once and shared (it is immutable, and its SHA-256 is
 * then computed at most once). The paths kept are bounded: a plugin writing one static resource to ever new paths
 * gets a new file each time beyond {@link #MAX_PATHS}.
 */
final class Source {

    static final int MAX_PATHS = 16;

    private final Template template;
    private final String text;
    private final byte[] bytes;
    private final Map<String, GeneratedFile> files = new ConcurrentHashMap<>();

    private Source(Template template, String text) {
        this.template = template;
        this.text = text;
        this.bytes = text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    static Source ofTemplate(Template template) {
        return new Source(template, null);
    }

    static Source ofStatic(String text) {
        return new Source(null, text);
    }

    boolean isStatic() {
        return template == null;
    }

    Template template() {
        return template;
    }

    String text() {
        return text;
    }

    /** The static file at this path. */
    GeneratedFile file(String path, boolean executable) {
        String key = (executable ? "x:" : "-:") + path;
        GeneratedFile file = files.get(key);
        if (file == null) {
            file = GeneratedFile.bytes(path, bytes, executable);
            if (files.size() < MAX_PATHS) {
                files.putIfAbsent(key, file);
            }
        }
        return file;
    }
}
