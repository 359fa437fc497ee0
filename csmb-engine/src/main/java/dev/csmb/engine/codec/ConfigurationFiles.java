package dev.csmb.engine.codec;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a configuration file as strict UTF-8 text, reporting a missing or unreadable file as a violation. */
final class ConfigurationFiles {

    private ConfigurationFiles() {
    }

    static String read(Path file) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw Problems.of(Fields.FILE, Fields.UNREADABLE, file + " is a folder, not a configuration file");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw Problems.of(Fields.FILE, Fields.FILE_NOT_FOUND, "configuration file not found: " + file);
        } catch (IOException | SecurityException e) {
            throw Problems.of(Fields.FILE, Fields.UNREADABLE, "cannot read " + file + ": "
                    + MessageText.printable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw Problems.of(Fields.FILE, Fields.ENCODING, file + " is not UTF-8 text; save it as UTF-8");
        }
    }
}
