package dev.csmb.engine.internal.render;

import dev.csmb.api.GeneratedFile;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A {@link Writer} that encodes to UTF-8 bytes as text arrives, so a rendered file never passes through a
 * {@code String}: one character above U+00FF would make such a string UTF-16 (twice the memory) and send it through
 * the JDK's slow encoder. Each thread reuses one (see {@link #acquire}), so its buffer rarely grows. Not thread-safe.
 */
final class Utf8Output extends Writer {

    /** A buffer larger than this is not kept for the next render. */
    private static final int KEPT = 1 << 20;
    private static final int INITIAL = 16 * 1024;
    /**
     * This thread's output, kept there for good: taking it out and putting it back for every file made the thread's
     * map expunge and rehash each time.
     */
    private static final ThreadLocal<Utf8Output> SPARE = new ThreadLocal<>();
    private static final int CHUNK = 4096;
    /** Writes at least this long go through the JDK's encoder; its set-up costs more than a short loop. */
    private static final int LONG = 48;
    /**
     * The most a single call of the JDK's encoder gets. On the first non-ASCII character it leaves its vectorized loop
     * for a slow one until the end of its input, so one '…' early in a long text would send all the rest through the
     * slow loop; in pieces, each piece starts fast again.
     */
    private static final int PIECE = 512;

    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final char[] chars = new char[CHUNK];
    /** Views of {@link #chars} and {@link #bytes} for the encoder, kept instead of wrapped anew on every write. */
    private final CharBuffer charView = CharBuffer.wrap(chars);
    private ByteBuffer byteView;
    private byte[] bytes;
    private int count;
    private char pendingHigh;
    /** Whether this is the thread's kept output and a render is using it. */
    private boolean inUse;

    private Utf8Output(int size) {
        bytes = new byte[size];
        byteView = ByteBuffer.wrap(bytes);
    }

    /** An empty output: this thread's kept one, or a new one when that is in use (a render within a render). */
    static Utf8Output acquire() {
        Utf8Output kept = SPARE.get();
        if (kept == null) {
            kept = new Utf8Output(INITIAL);
            SPARE.set(kept);
        } else if (kept.inUse) {
            return new Utf8Output(INITIAL);
        }
        kept.inUse = true;
        return kept;
    }

    /** Gives the output back for the thread's next render; a buffer that grew beyond {@link #KEPT} is dropped. */
    void release() {
        count = 0;
        pendingHigh = 0;
        encoder.reset();
        inUse = false;
        if (bytes.length > KEPT) {
            bytes = new byte[INITIAL];
            byteView = ByteBuffer.wrap(bytes);
        }
    }

    @Override
    public void write(String text, int offset, int length) {
        // Copying out the chars first (an intrinsic for Latin-1 strings) keeps the loop below on an array.
        for (int start = offset, end = offset + length; start < end; start += CHUNK) {
            int stop = Math.min(end, start + CHUNK);
            text.getChars(start, stop, chars, 0);
            write(chars, 0, stop - start);
        }
    }

    @Override
    public void write(char[] source, int offset, int length) {
        if (length >= LONG && pendingHigh == 0) {
            encodeLong(source, offset, length);
            return;
        }
        ensure(length);
        byte[] out = bytes;
        int n = count;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            char c = source[i];
            if (c < 0x80 && pendingHigh == 0) {
                out[n++] = (byte) c;
            } else {
                count = n;
                encode(c);
                ensure(end - i);
                out = bytes;
                n = count;
            }
        }
        count = n;
    }

    /**
     * A long run through the JDK's UTF-8 encoder, whose ASCII loop is a vectorized intrinsic, in pieces of at most
     * {@link #PIECE} characters. It replaces malformed input with '?' as {@code String.getBytes} does, and leaves a
     * high surrogate at the end for the next write.
     */
    private void encodeLong(char[] source, int offset, int length) {
        int end = offset + length;
        CharBuffer in = source == chars
                ? charView.limit(end).position(offset)
                : CharBuffer.wrap(source, offset, length);
        while (in.position() < end) {
            in.limit(Math.min(end, in.position() + PIECE));
            while (true) {
                ensure(in.remaining() + 4);
                ByteBuffer out = byteView.limit(bytes.length).position(count);
                CoderResult result = encoder.encode(in, out, false);
                count = out.position();
                if (!result.isOverflow()) {
                    break;
                }
            }
            if (in.limit() == end && in.hasRemaining()) {
                pendingHigh = in.get();
            }
        }
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    @Override
    public void write(int c) {
        ensure(1);
        encode((char) c);
    }

    @Override
    public Writer append(CharSequence text) {
        String s = String.valueOf(text);
        write(s, 0, s.length());
        return this;
    }

    @Override
    public Writer append(CharSequence text, int start, int end) {
        String s = String.valueOf(text);
        write(s, start, end - start);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** The file of the bytes written so far; a lone surrogate at the end becomes '?', as {@code String.getBytes} does. */
    GeneratedFile toFile(String path, boolean executable) {
        finish();
        return GeneratedFile.bytes(path, bytes, 0, count, executable);
    }

    /** The bytes written so far, as {@link #toFile}. */
    byte[] toByteArray() {
        finish();
        return Arrays.copyOf(bytes, count);
    }

    private void finish() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            ensure(1);
            bytes[count++] = '?';
        }
    }

    /** One non-ASCII character (or a character after a high surrogate), exactly as {@code String.getBytes(UTF_8)}. */
    private void encode(char c) {
        ensure(4);
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                bytes[count++] = (byte) (0xF0 | (cp >> 18));
                bytes[count++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                bytes[count++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                bytes[count++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            bytes[count++] = '?';
        }
        if (c < 0x80) {
            bytes[count++] = (byte) c;
        } else if (c < 0x800) {
            bytes[count++] = (byte) (0xC0 | (c >> 6));
            bytes[count++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[count++] = '?';
        } else {
            bytes[count++] = (byte) (0xE0 | (c >> 12));
            bytes[count++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            bytes[count++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void ensure(int more) {
        // An ASCII character is one byte; encode() asks for room for its own (up to four) and the writer then asks
        // again for the characters still to come.
        long needed = (long) count + more;
        if (needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, bytes.length * 2L)));
            byteView = ByteBuffer.wrap(bytes);
        }
    }
}
