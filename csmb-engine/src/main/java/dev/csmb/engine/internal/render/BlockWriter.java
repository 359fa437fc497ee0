package dev.csmb.engine.internal.render;

import com.github.jknack.handlebars.Options;
import java.io.IOException;
import java.io.Writer;

/**
 * A {@link Writer} onto a block helper's output buffer, which forwards to the writer the enclosing template renders
 * into: what the streaming helpers use to render a block's content in place instead of into a string of its own.
 */
final class BlockWriter extends Writer {

    private final Options.Buffer buffer;

    BlockWriter(Options.Buffer buffer) {
        this.buffer = buffer;
    }

    @Override
    public void write(String text) throws IOException {
        buffer.append(text);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        buffer.append(text, offset, offset + length);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        buffer.append(new String(chars, offset, length));
    }

    @Override
    public void write(int c) throws IOException {
        buffer.append((char) c);
    }

    @Override
    public Writer append(CharSequence text) throws IOException {
        buffer.append(text);
        return this;
    }

    @Override
    public Writer append(CharSequence text, int start, int end) throws IOException {
        buffer.append(text, start, end);
        return this;
    }

    @Override
    public Writer append(char c) throws IOException {
        buffer.append(c);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
