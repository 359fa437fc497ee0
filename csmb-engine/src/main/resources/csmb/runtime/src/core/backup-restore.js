// @ts-check
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { HOST_CHANNEL } from './commands.js';
import { t } from './i18n.js';

/** @typedef {import('./types.js').Session} Session */
/** @typedef {import('./types.js').Message} Message */
/** @typedef {import('./types.js').Store} Store */

/** Written in every backup; a file with another format or version is refused rather than half understood. */
export const BACKUP_FORMAT = 'csmb-sessions-backup';
export const BACKUP_VERSION = 1;

/**
 * @typedef {object} BackupEntry
 * @property {Session} session
 * @property {Message[]} messages all its stored messages, oldest first
 */

/**
 * What a backup file holds. `checksum` is "sha256:" + the hex SHA-256 of JSON.stringify of every other field, in
 * this order, so any changed byte (in the data or the envelope) is noticed.
 * @typedef {object} Backup
 * @property {string} format
 * @property {number} version
 * @property {number} createdAt epoch milliseconds
 * @property {BackupEntry[]} sessions every session with its messages
 * @property {string} checksum
 */

/** A backup file that cannot be restored: not JSON, another format or version, or a wrong checksum. */
export class BackupError extends Error {
  name = 'BackupError';
}

/**
 * @param {import('./env.js').EnvReader} env
 */
export function readConfig(env) {
  return {
    dir: env.string('BACKUP_DIR', 'data/backups'),
    keep: env.integer('BACKUP_KEEP', { fallback: 10, min: 1, max: 10_000 }),
  };
}

/**
 * Deletes the oldest backups in `dir` beyond the newest `keep`, so /backup cannot fill the disk. Only `.json` files
 * count: the folder is the bot's backup folder.
 * @param {string} dir
 * @param {number} keep
 * @returns {Promise<string[]>} the names deleted
 */
export async function rotateBackups(dir, keep) {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.json'));
  const files = await Promise.all(names.map(async (name) => ({ name, mtimeMs: (await stat(join(dir, name))).mtimeMs })));
  // Newest first; on equal times the later name first, as timestamped names sort by time.
  files.sort((a, b) => b.mtimeMs - a.mtimeMs || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
  const old = files.slice(keep).map((file) => file.name);
  await Promise.all(old.map((name) => unlink(join(dir, name))));
  return old;
}

/**
 * @param {Omit<Backup, 'checksum'>} content
 * @returns {string}
 */
function checksumOf({ format, version, createdAt, sessions }) {
  const canonical = JSON.stringify({ format, version, createdAt, sessions });
  return `sha256:${createHash('sha256').update(canonical).digest('hex')}`;
}

/**
 * Reads every session and message of the store into a backup.
 * @param {Store} store
 * @param {number} [createdAt]
 * @returns {Promise<Backup>}
 */
export async function createBackup(store, createdAt = Date.now()) {
  const sessions = [];
  for (const session of await store.listAllSessions()) {
    sessions.push({ session, messages: await store.listMessages(session.id, Number.MAX_SAFE_INTEGER) });
  }
  const content = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt, sessions };
  return { ...content, checksum: checksumOf(content) };
}

/**
 * Writes a backup of the store to `path`, via a temporary file, so an interrupted backup never leaves a half file.
 * @param {Store} store
 * @param {string} path
 * @returns {Promise<Backup>}
 */
export async function writeBackup(store, path) {
  const backup = await createBackup(store);
  await mkdir(dirname(resolve(path)), { recursive: true });
  await writeFile(`${path}.partial`, `${JSON.stringify(backup, null, 2)}\n`);
  await rename(`${path}.partial`, path);
  return backup;
}

/**
 * Checks a backup file's text and returns its content.
 * @param {string} text
 * @returns {Backup}
 * @throws {BackupError} saying what is wrong, in the user's words
 */
export function parseBackup(text) {
  /** @type {any} */
  let backup;
  try {
    backup = JSON.parse(text);
  } catch {
    throw new BackupError(t('backupRestore.notJson'));
  }
  if (backup?.format !== BACKUP_FORMAT) throw new BackupError(t('backupRestore.notBackup'));
  if (backup.version !== BACKUP_VERSION) {
    throw new BackupError(t('backupRestore.wrongVersion', { version: String(backup.version), expected: BACKUP_VERSION }));
  }
  if (typeof backup.checksum !== 'string' || backup.checksum !== checksumOf(backup) || !Array.isArray(backup.sessions)) {
    throw new BackupError(t('backupRestore.corrupt'));
  }
  return backup;
}

/**
 * Adds a backup's sessions and messages to the store. Restoring is idempotent: a session already stored keeps its
 * stored state, and only messages it lacks (same role, time and text) are added, so restoring the same file twice
 * adds nothing the second time.
 * @param {Store} store
 * @param {Backup} backup from {@link parseBackup}
 * @returns {Promise<{ sessions: number, messages: number }>} how many sessions and messages were added
 */
export async function restoreBackup(store, backup) {
  let sessions = 0;
  let messages = 0;
  for (const { session, messages: saved } of backup.sessions) {
    const existing = await store.getSession(session.id);
    if (!existing) {
      await store.saveSession(session);
      sessions += 1;
    }
    const have = new Map();
    if (existing) {
      for (const m of await store.listMessages(session.id, Number.MAX_SAFE_INTEGER)) {
        have.set(keyOf(m), (have.get(keyOf(m)) ?? 0) + 1);
      }
    }
    for (const message of saved) {
      const key = keyOf(message);
      const left = have.get(key) ?? 0;
      if (left > 0) {
        have.set(key, left - 1);
        continue;
      }
      await store.appendMessage({ ...message, sessionId: session.id });
      messages += 1;
    }
  }
  return { sessions, messages };
}

/** @param {Message} message */
const keyOf = (message) => JSON.stringify([message.role, message.at, message.text]);

/**
 * Reads, checks and restores a backup file.
 * @param {Store} store
 * @param {string} path
 */
export async function restoreFile(store, path) {
  return restoreBackup(store, parseBackup(await readFile(path, 'utf8')));
}

/**
 * Registers /backup [name]: writes every user's sessions to BACKUP_DIR/<name>.json (default: a timestamped name) and
 * keeps the newest BACKUP_KEEP files there. Only a plain file name is accepted, so a chat message cannot choose where
 * on the disk the bot writes. A backup holds every user's messages, so it is for the terminal and for admins only.
 * @param {import('./runtime.js').Runtime} runtime
 */
export function install({ config, store, commands }) {
  commands.register({
    name: 'backup',
    args: '[name]',
    description: () => t('backupRestore.backup.description'),
    access: { channels: [HOST_CHANNEL], admins: true },
    run: async ({ args }) => {
      const name = args || `backup-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      if (!/^[\w.-]+$/.test(name) || name.startsWith('.')) return t('backupRestore.backup.badName');
      const path = join(config.backupRestore.dir, name.endsWith('.json') ? name : `${name}.json`);
      const backup = await writeBackup(store, path);
      await rotateBackups(config.backupRestore.dir, config.backupRestore.keep);
      const messages = backup.sessions.reduce((sum, entry) => sum + entry.messages.length, 0);
      return t('backupRestore.backup.done', { path, sessions: backup.sessions.length, messages });
    },
  });
}
