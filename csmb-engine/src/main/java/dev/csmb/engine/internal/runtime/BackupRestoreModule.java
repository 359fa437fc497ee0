package dev.csmb.engine.internal.runtime;

import dev.csmb.api.Feature;
import dev.csmb.spi.EnvVar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Backup and restore: every session and message exported to a versioned, checksummed JSON file ({@code /backup},
 * {@code node src/backup.js export}); an idempotent restore that refuses a corrupt file
 * ({@code node src/backup.js import}).
 */
final class BackupRestoreModule implements RuntimeModule {

    @Override
    public String id() {
        return "backup-restore";
    }

    @Override
    public boolean applies(Selection selection) {
        return selection.has(Feature.BACKUP_RESTORE);
    }

    @Override
    public List<String> files(Selection selection) {
        List<String> files = new ArrayList<>(List.of("src/core/backup-restore.js", "src/backup.js",
                "locales/backup-restore.en.json"));
        if (selection.has(Feature.MULTI_LANGUAGE)) {
            files.addAll(List.of("locales/backup-restore.es.json", "locales/backup-restore.de.json"));
        }
        return List.copyOf(files);
    }

    @Override
    public List<String> testFiles(Selection selection) {
        return List.of("test/core/backup-restore.test.js", "test/transcripts/backup-restore.test.js");
    }

    @Override
    public List<EnvVar> envVars(Selection selection) {
        return List.of(EnvVars.optional("BACKUP_DIR", "data/backups", "Where /backup writes its files;"
                        + " relative to the folder you start the bot in."),
                EnvVars.optional("BACKUP_KEEP", "10", "How many backups /backup keeps in BACKUP_DIR; older ones"
                        + " are deleted."));
    }

    @Override
    public Optional<String> entryPoint(Selection selection) {
        return Optional.of("src/core/backup-restore.js");
    }

    @Override
    public Optional<String> readme(Selection selection) {
        return Optional.of("partials/readme/backup-restore.md.hbs");
    }
}
