package dev.csmb.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One file of a generated project: its relative path (forward slashes), its bytes and whether it is executable.
 */
@Stable
public final class GeneratedFile {

    private final String path;
    private final byte[] content;
    private final boolean executable;
    private final String sha256;

    private GeneratedFile(String path, byte[] content, boolean executable) {
        this.path = Objects.requireNonNull(path, "path must not be null");
        this.content = Objects.requireNonNull(content, "content must not be null").clone();
        this.executable = executable;
        this.sha256 = digest(this.content);
    }

    /** A text file, stored as UTF-8. */
    public static GeneratedFile text(String path, String text) {
        Objects.requireNonNull(text, "text must not be null");
        return new GeneratedFile(path, text.getBytes(StandardCharsets.UTF_8), false);
    }

    /** A file with these bytes. */
    public static GeneratedFile bytes(String path, byte[] content, boolean executable) {
        return new GeneratedFile(path, content, executable);
    }

    /** This file marked executable (or not). */
    public GeneratedFile withExecutable(boolean value) {
        return new GeneratedFile(path, content, value);
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
        return sha256;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GeneratedFile other && path.equals(other.path) && executable == other.executable
                && Arrays.equals(content, other.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, executable, sha256);
    }

    @Override
    public String toString() {
        return "GeneratedFile[" + path + ", " + content.length + " bytes" + (executable ? ", executable" : "") + "]";
    }
}
