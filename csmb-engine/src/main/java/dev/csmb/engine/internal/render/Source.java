package dev.csmb.engine.internal.render;

import com.github.jknack.handlebars.Template;
import dev.csmb.api.GeneratedFile;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loaded file: a compiled template, or a static file's bytes as its resource holds them (text or not: a static
 * file is copied verbatim, so an image is one too). A static file depends on nothing but its resource, so the
 * {@link GeneratedFile} for each path it is written to is made once and shared (it is immutable, and its SHA-256 is
 * then computed at most once). The paths kept are bounded: a plugin writing one static resource to ever new paths
 * gets a new file each time beyond {@link #MAX_PATHS}.
 */
final class Source {

    static final int MAX_PATHS = 16;

    private final Template template;
    private final byte[] bytes;
    /** A static file's text, decoded on first use (README sections are static files rendered as text). */
    private String text;
    /** How long the template's text came out the last time it was rendered to a string: the next buffer's size. */
    private int lastLength = 256;
    /** Shared files by path, one map per executable bit (a composite key would be a new string on every call). */
    private final Map<String, GeneratedFile> files = new ConcurrentHashMap<>();
    private final Map<String, GeneratedFile> executableFiles = new ConcurrentHashMap<>();

    private Source(Template template, byte[] bytes) {
        this.template = template;
        this.bytes = bytes;
    }

    static Source ofTemplate(Template template) {
        return new Source(template, null);
    }

    /** A static file of these bytes, which the source then owns. */
    static Source ofStatic(byte[] bytes) {
        return new Source(null, bytes);
    }

    boolean isStatic() {
        return template == null;
    }

    Template template() {
        return template;
    }

    /** A static file's content as UTF-8 text. (Two threads may both decode it; either result is the same.) */
    String text() {
        String decoded = text;
        if (decoded == null) {
            decoded = new String(bytes, StandardCharsets.UTF_8);
            text = decoded;
        }
        return decoded;
    }

    /** A static file as a new file of its own, shared with nothing. */
    GeneratedFile copy(String path, boolean executable) {
        return GeneratedFile.bytes(path, bytes, executable);
    }

    /** The size to start a buffer at for rendering the template to a string. */
    int lastLength() {
        return lastLength;
    }

    void lastLength(int length) {
        lastLength = length;
    }

    /** The static file at this path. */
    GeneratedFile file(String path, boolean executable) {
        Map<String, GeneratedFile> kept = executable ? executableFiles : files;
        GeneratedFile file = kept.get(path);
        if (file == null) {
            file = GeneratedFile.bytes(path, bytes, executable);
            if (files.size() + executableFiles.size() < MAX_PATHS) {
                kept.putIfAbsent(path, file);
            }
        }
        return file;
    }
}
