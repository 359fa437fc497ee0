// @ts-check
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/** @typedef {import('../types.js').Session} Session */
/** @typedef {import('../types.js').Message} Message */

// Each entry upgrades the schema by one version; PRAGMA user_version records how many have run.
// Append new migrations, never edit old ones: existing databases have already applied them.
const MIGRATIONS = [
  `CREATE TABLE sessions (
     id TEXT PRIMARY KEY,
     user_id TEXT NOT NULL,
     channel_id TEXT NOT NULL,
     status TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL,
     message_count INTEGER NOT NULL
   );
   CREATE INDEX sessions_by_scope ON sessions (user_id, channel_id, updated_at);
   CREATE TABLE messages (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
     role TEXT NOT NULL,
     text TEXT NOT NULL,
     at INTEGER NOT NULL
   );
   CREATE INDEX messages_by_session ON messages (session_id, seq);`,
  // A message's attachment reference (types.js Attachment) as JSON; NULL for plain text.
  `ALTER TABLE messages ADD COLUMN attachment TEXT;`,
];

/**
 * A store in an embedded SQLite file (built into Node.js as `node:sqlite`): sessions and messages survive restarts.
 * @param {object} options
 * @param {string} options.path the database file, or ":memory:"
 * @returns {import('../types.js').Store}
 */
export function createSqliteStore({ path }) {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path);
  // Another process may hold the write lock (two bots on one file, `node src/backup.js` beside a running bot):
  // wait for it up to BUSY_TIMEOUT_MS instead of failing at once with "database is locked". Set first, because
  // switching to WAL takes the lock too.
  db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS};`);
  // WAL lets readers proceed while a write is in progress; NORMAL sync is safe with WAL and much faster.
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;');
  migrate(db);
  let open = true;

  /**
   * Runs `work` in one write transaction. BEGIN IMMEDIATE takes the write lock up front, waiting for it under the
   * busy timeout; a deferred transaction that reads first and writes later could fail with "database is locked"
   * without waiting, when another process wrote in between.
   * @template T
   * @param {() => T} work
   * @returns {T}
   */
  function transaction(work) {
    db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      db.exec('COMMIT');
      return result;
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  }

  const upsertSession = db.prepare(
    `INSERT INTO sessions (id, user_id, channel_id, status, created_at, updated_at, message_count)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at,
       message_count = excluded.message_count`,
  );
  const insertOrActivate = db.prepare(
    `INSERT INTO sessions (id, user_id, channel_id, status, created_at, updated_at, message_count)
     VALUES (?, ?, ?, 'active', ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET status = 'active', updated_at = excluded.updated_at`,
  );
  const pauseOthers = db.prepare(
    `UPDATE sessions SET status = 'paused', updated_at = ?
     WHERE user_id = ? AND channel_id = ? AND status = 'active' AND id <> ? RETURNING *`,
  );
  const updateStatus = db.prepare('UPDATE sessions SET status = ?, updated_at = ? WHERE id = ? RETURNING *');
  // The count is incremented where it is stored, so two writers never overwrite each other's count.
  const countMessage = db.prepare(
    `UPDATE sessions SET message_count = message_count + 1, updated_at = MAX(updated_at, ?) WHERE id = ? RETURNING *`,
  );
  const selectSession = db.prepare('SELECT * FROM sessions WHERE id = ?');
  const selectSessions = db.prepare(
    'SELECT * FROM sessions WHERE user_id = ? AND channel_id = ? ORDER BY updated_at DESC, created_at DESC, id',
  );
  const selectAllSessions = db.prepare('SELECT * FROM sessions ORDER BY created_at, id');
  const insertMessage = db.prepare(
    'INSERT INTO messages (session_id, role, text, at, attachment) VALUES (?, ?, ?, ?, ?)',
  );
  const selectMessages = db.prepare(
    'SELECT * FROM (SELECT * FROM messages WHERE session_id = ? ORDER BY seq DESC LIMIT ?) ORDER BY seq',
  );

  return {
    async saveSession(s) {
      upsertSession.run(s.id, s.userId, s.channelId, s.status, s.createdAt, s.updatedAt, s.messageCount);
    },
    async getSession(id) {
      const row = selectSession.get(id);
      return row && toSession(row);
    },
    async listSessions({ userId, channelId }) {
      return selectSessions.all(userId, channelId).map(toSession);
    },
    async listAllSessions() {
      return selectAllSessions.all().map(toSession);
    },
    async activate(s) {
      return transaction(() => {
        const paused = pauseOthers.all(s.updatedAt, s.userId, s.channelId, s.id).map(toSession);
        insertOrActivate.run(s.id, s.userId, s.channelId, s.createdAt, s.updatedAt, s.messageCount);
        return paused;
      });
    },
    async setStatus(s, status, at) {
      const row = updateStatus.get(status, at, s.id);
      return row && toSession(row);
    },
    async recordMessage(m) {
      return transaction(() => {
        const row = countMessage.get(m.at, m.sessionId);
        if (!row) throw new Error(`No session ${m.sessionId}`);
        insertMessage.run(m.sessionId, m.role, m.text, m.at, m.attachment ? JSON.stringify(m.attachment) : null);
        return toSession(row);
      });
    },
    async appendMessage(m) {
      insertMessage.run(m.sessionId, m.role, m.text, m.at, m.attachment ? JSON.stringify(m.attachment) : null);
    },
    async listMessages(sessionId, limit) {
      return selectMessages.all(sessionId, Math.max(0, limit)).map(toMessage);
    },
    async close() {
      if (open) db.close();
      open = false;
    },
  };
}

/** How long a write waits for another process's lock before it fails. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * Brings the schema up to date. The version is read inside the write transaction, so two processes opening a new
 * file at the same time migrate it once.
 * @param {DatabaseSync} db
 */
function migrate(db) {
  db.exec('BEGIN IMMEDIATE');
  try {
    const version = Number(db.prepare('PRAGMA user_version').get()?.user_version);
    if (version < MIGRATIONS.length) {
      for (let next = version; next < MIGRATIONS.length; next += 1) db.exec(MIGRATIONS[next]);
      db.exec(`PRAGMA user_version = ${MIGRATIONS.length}`);
    }
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

/**
 * @param {Record<string, unknown>} row
 * @returns {Session}
 */
function toSession(row) {
  return {
    id: String(row.id),
    userId: String(row.user_id),
    channelId: String(row.channel_id),
    status: /** @type {Session['status']} */ (row.status),
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
    messageCount: Number(row.message_count),
  };
}

/**
 * @param {Record<string, unknown>} row
 * @returns {Message}
 */
function toMessage(row) {
  /** @type {Message} */
  const message = {
    sessionId: String(row.session_id),
    role: row.role === 'bot' ? 'bot' : 'user',
    text: String(row.text),
    at: Number(row.at),
  };
  if (typeof row.attachment === 'string') message.attachment = JSON.parse(row.attachment);
  return message;
}
