// @ts-check
// Backs up and restores the configured store from the command line:
//   node src/backup.js export <file>   write every session and message to <file>
//   node src/backup.js import <file>   add a backup's sessions to the store (idempotent; a damaged file is refused)
import { loadConfigAtStart } from './config.js';
import { BackupError, restoreFile, writeBackup } from './core/backup-restore.js';
import { t } from './core/i18n.js';
import { openStore } from './core/stores/index.js';

const [command, path] = process.argv.slice(2);
if (!path || (command !== 'export' && command !== 'import')) {
  console.error(t('backupRestore.usage'));
  process.exit(2);
}

const config = loadConfigAtStart();
const store = await openStore(config.store);
try {
  if (command === 'export') {
    const backup = await writeBackup(store, path);
    const messages = backup.sessions.reduce((sum, entry) => sum + entry.messages.length, 0);
    console.log(t('backupRestore.backup.done', { path, sessions: backup.sessions.length, messages }));
  } else {
    const added = await restoreFile(store, path);
    console.log(t('backupRestore.restored', { path, ...added }));
  }
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await store.close();
}
