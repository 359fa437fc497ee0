// @ts-check
import { closeRedis, connectRedis } from '../core/redis.js';

/** Meta redelivers an event it got no 200 for during up to 7 days, so an id is remembered that long. */
const REMEMBER_MS = 7 * 24 * 60 * 60 * 1000;

/** The memory store forgets the oldest ids beyond this many. */
const MAX_IN_MEMORY = 10_000;

/**
 * The ids of the messages already taken, kept beside the sessions in the configured store, so a redelivered message
 * is answered once across restarts (SQLite, Redis) and across instances (Redis, or several bots on one SQLite file).
 * @typedef {object} SeenMessages
 * @property {(id: string) => Promise<boolean>} claim true only for the first claim of an id, whichever instance makes
 *   it: an atomic insert-if-absent (SQLite `INSERT OR IGNORE`, Redis `SET NX`)
 * @property {() => Promise<void>} close
 */

/**
 * Opens the record of seen message ids in the store the configuration names.
 * @param {import('../config.js').StoreConfig} store
 * @param {import('../core/logger.js').Logger} logger
 * @param {() => number} [now] epoch milliseconds
 * @returns {Promise<SeenMessages>}
 */
export async function openSeenMessages(store, logger, now = Date.now) {
  if (store.kind === 'redis') {
    const { url, keyPrefix } = store.redis;
    const client = await connectRedis(url, (error) => logger.error({ error }, 'redis connection problem (whatsapp message ids)'));
    return {
      async claim(id) {
        const set = await client.set(`${keyPrefix}whatsapp:seen:${id}`, String(now()), {
          condition: 'NX',
          expiration: { type: 'PX', value: REMEMBER_MS },
        });
        return set === 'OK';
      },
      close: () => closeRedis(client),
    };
  }
  if (store.kind === 'sqlite') {
    // The store's own module has loaded node:sqlite (and silenced its experimental warning) by now.
    const { DatabaseSync } = await import('node:sqlite');
    const db = new DatabaseSync(store.sqlitePath);
    db.exec('PRAGMA busy_timeout = 5000');
    db.exec('CREATE TABLE IF NOT EXISTS whatsapp_seen_messages (id TEXT PRIMARY KEY, seen_at INTEGER NOT NULL) WITHOUT ROWID');
    db.prepare('DELETE FROM whatsapp_seen_messages WHERE seen_at < ?').run(now() - REMEMBER_MS);
    const insert = db.prepare('INSERT OR IGNORE INTO whatsapp_seen_messages (id, seen_at) VALUES (?, ?)');
    return {
      async claim(id) {
        return Number(insert.run(id, now()).changes) === 1;
      },
      async close() {
        if (db.isOpen) db.close();
      },
    };
  }
  /** @type {Set<string>} oldest first */
  const seen = new Set();
  return {
    async claim(id) {
      if (seen.has(id)) return false;
      seen.add(id);
      if (seen.size > MAX_IN_MEMORY) seen.delete(/** @type {string} */ (seen.values().next().value));
      return true;
    },
    async close() {},
  };
}
