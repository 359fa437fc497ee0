package dev.csmb.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One file of a generated project: its relative path (forward slashes), its bytes and whether it is executable.
 * Immutable; the SHA-256 is computed on first use and kept.
 */
@Stable
public final class GeneratedFile {

    private final String path;
    private final byte[] content;
    private final boolean executable;
    /** Computed on first use: most generated files are written without anyone asking for it. */
    private volatile String sha256;

    /** @param content owned by the new file: a fresh array nobody else holds */
    private GeneratedFile(String path, byte[] content, boolean executable) {
        this.path = Objects.requireNonNull(path, "path must not be null");
        this.content = content;
        this.executable = executable;
    }

    /** A text file, stored as UTF-8. */
    public static GeneratedFile text(String path, String text) {
        Objects.requireNonNull(text, "text must not be null");
        return new GeneratedFile(path, text.getBytes(StandardCharsets.UTF_8), false);
    }

    /** A file with a copy of these bytes. */
    public static GeneratedFile bytes(String path, byte[] content, boolean executable) {
        return new GeneratedFile(path, Objects.requireNonNull(content, "content must not be null").clone(),
                executable);
    }

    /** A file with a copy of {@code length} bytes of {@code buffer} from {@code offset}. */
    public static GeneratedFile bytes(String path, byte[] buffer, int offset, int length, boolean executable) {
        Objects.requireNonNull(buffer, "buffer must not be null");
        Objects.checkFromIndexSize(offset, length, buffer.length);
        return new GeneratedFile(path, Arrays.copyOfRange(buffer, offset, offset + length), executable);
    }

    /** This file marked executable (or not). */
    public GeneratedFile withExecutable(boolean value) {
        if (value == executable) {
            return this;
        }
        GeneratedFile copy = new GeneratedFile(path, content, value);
        copy.sha256 = sha256;
        return copy;
    }

    /** The path relative to the project root, with {@code /} separators. */
    public String path() {
        return path;
    }

    /** A copy of the bytes. */
    public byte[] content() {
        return content.clone();
    }

    /** The content decoded as UTF-8. */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    /** The size in bytes. */
    public int size() {
        return content.length;
    }

    /** Whether the file should get the executable bit. */
    public boolean executable() {
        return executable;
    }

    /** The lowercase hex SHA-256 of the content. */
    public String sha256() {
        String value = sha256;
        if (value == null) {
            value = HexFormat.of().formatHex(Sha256.digest(content));
            sha256 = value; // racing threads compute the same value
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GeneratedFile other && path.equals(other.path) && executable == other.executable
                && Arrays.equals(content, other.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, executable, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "GeneratedFile[" + path + ", " + content.length + " bytes" + (executable ? ", executable" : "") + "]";
    }
}
