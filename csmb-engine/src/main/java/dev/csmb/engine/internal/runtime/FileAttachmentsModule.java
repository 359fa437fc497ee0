package dev.csmb.engine.internal.runtime;

import dev.csmb.api.Feature;
import dev.csmb.spi.EnvVar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * File attachments: files checked against size and type limits, stored under a content-hash name and referenced by a
 * message in the session; {@code /attach} and {@code /attachments}, and a core API platforms hand files to.
 */
final class FileAttachmentsModule implements RuntimeModule {

    @Override
    public String id() {
        return "file-attachments";
    }

    @Override
    public boolean applies(Selection selection) {
        return selection.has(Feature.FILE_ATTACHMENTS);
    }

    @Override
    public List<String> files(Selection selection) {
        List<String> files = new ArrayList<>(List.of("src/core/file-attachments.js",
                "locales/file-attachments.en.json"));
        if (selection.has(Feature.MULTI_LANGUAGE)) {
            files.addAll(List.of("locales/file-attachments.es.json", "locales/file-attachments.de.json"));
        }
        return List.copyOf(files);
    }

    @Override
    public List<String> testFiles(Selection selection) {
        return List.of("test/core/file-attachments.test.js", "test/transcripts/file-attachments.test.js");
    }

    @Override
    public List<EnvVar> envVars(Selection selection) {
        return List.of(
                EnvVars.optional("ATTACHMENTS_DIR", "data/attachments", "Where attached files are stored, named by"
                        + " their SHA-256; relative to the folder you start the bot in."),
                EnvVars.optional("ATTACHMENT_MAX_BYTES", "10485760", "The largest file accepted, in bytes"
                        + " (10485760 = 10 MiB)."),
                EnvVars.optional("ATTACHMENT_ALLOWED_TYPES", ".txt,.md,.pdf,.png,.jpg,.jpeg,.gif,.csv,.json",
                        "Accepted files, comma-separated: extensions (.pdf) or MIME types (image/png, image/*)."));
    }

    @Override
    public Optional<String> entryPoint(Selection selection) {
        return Optional.of("src/core/file-attachments.js");
    }

    @Override
    public Optional<String> readme(Selection selection) {
        return Optional.of("partials/readme/file-attachments.md.hbs");
    }
}
