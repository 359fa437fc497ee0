package dev.csmb.engine.codec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a configuration file as strict UTF-8 text, reporting a missing, unreadable or too large file as a
 * violation. The size is checked before reading, and reading stops one byte past the limit, so a file that
 * reports a small size but keeps growing (a pipe, a device, a file being written) is refused just the same.
 */
final class ConfigurationFiles {

    private ConfigurationFiles() {
    }

    static String read(Path file) {
        String shown = MessageText.printable(String.valueOf(file));
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw Problems.of(Fields.FILE, Fields.UNREADABLE, shown + " is a folder, not a configuration file");
            }
            long size = Files.size(file);
            if (size > InputLimits.MAX_SIZE) {
                throw InputLimits.tooLarge(shown, size + " bytes", "bytes");
            }
            bytes = readAtMost(file, InputLimits.MAX_SIZE + 1);
            if (bytes.length > InputLimits.MAX_SIZE) {
                throw InputLimits.tooLarge(shown,
                        "more than " + InputLimits.MAX_SIZE + " bytes", "bytes");
            }
        } catch (NoSuchFileException e) {
            throw Problems.of(Fields.FILE, Fields.FILE_NOT_FOUND, "configuration file not found: " + shown);
        } catch (IOException | SecurityException e) {
            throw Problems.of(Fields.FILE, Fields.UNREADABLE, "cannot read " + shown + ": "
                    + MessageText.printable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw Problems.of(Fields.FILE, Fields.ENCODING, shown + " is not UTF-8 text; save it as UTF-8");
        }
    }

    private static byte[] readAtMost(Path file, int limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(limit);
        }
    }
}
