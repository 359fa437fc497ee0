// @ts-check

/** How long an answered id is remembered. The cursors move past it long before; this only bounds the table. */
const CLAIM_DAYS = 30;

/** The cursor of a timeline that was empty at the first poll: everything that appears later is new. */
export const START = '0';

/**
 * What the poller keeps beside the sessions, in the same store: how far it has read each timeline, and which
 * tweets and messages it has answered. Claims make "answered once" hold when two instances poll together or a
 * restart reads a timeline again.
 * @typedef {object} Ledger
 * @property {(timeline: string) => Promise<string | undefined>} cursor the newest id read from the timeline;
 *   undefined before its first poll
 * @property {(timeline: string, id: string) => Promise<void>} advance raises the cursor to `id`, never lowers it
 * @property {(id: string) => Promise<boolean>} claim true for exactly one caller per id, in one atomic step of the
 *   store, across restarts and the instances that share it
 * @property {() => Promise<void>} close
 */

/**
 * Opens the ledger in the store the bot keeps its sessions in: a table of the SQLite file, keys of the Redis
 * server, or (memory store) this process only.
 * @param {import('../config.js').StoreConfig} store
 * @param {import('../core/logger.js').Logger} logger
 * @returns {Promise<Ledger>}
 */
export async function openLedger(store, logger) {
  if (store.kind === 'sqlite') return openSqliteLedger(store.sqlitePath);
  logger.warn('the memory store forgets which mentions were answered when the bot stops; use SESSION_STORE=sqlite');
  return openMemoryLedger();
}

/**
 * Whether tweet or event id `a` is newer than `b`. X's ids are decimal snowflakes, increasing with time and too
 * long for a JavaScript number.
 * @param {string} a
 * @param {string} b
 */
export function isNewer(a, b) {
  return BigInt(a) > BigInt(b);
}

/**
 * @param {string} path the sessions' SQLite file, already opened (and made a write-ahead log) by the store
 * @returns {Promise<Ledger>}
 */
async function openSqliteLedger(path) {
  const { DatabaseSync } = await import('node:sqlite');
  const db = new DatabaseSync(path);
  // Another instance may be writing the same file: wait for its lock instead of failing at once.
  db.exec('PRAGMA busy_timeout = 5000');
  db.exec(`CREATE TABLE IF NOT EXISTS twitter_claims (id TEXT PRIMARY KEY, claimed_at INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS twitter_cursors (timeline TEXT PRIMARY KEY, id TEXT NOT NULL);`);
  const claim = db.prepare('INSERT OR IGNORE INTO twitter_claims (id, claimed_at) VALUES (?, ?)');
  const prune = db.prepare('DELETE FROM twitter_claims WHERE claimed_at < ?');
  const read = db.prepare('SELECT id FROM twitter_cursors WHERE timeline = ?');
  // Ids are compared as numbers written in decimal: a longer one is larger, one as long compares as text.
  const advance = db.prepare(`INSERT INTO twitter_cursors (timeline, id) VALUES (?, ?)
    ON CONFLICT (timeline) DO UPDATE SET id = excluded.id
    WHERE length(excluded.id) > length(id) OR (length(excluded.id) = length(id) AND excluded.id > id)`);
  return {
    async cursor(timeline) {
      const row = read.get(timeline);
      return row === undefined ? undefined : String(row.id);
    },
    async advance(timeline, id) {
      advance.run(timeline, id);
      prune.run(Date.now() - CLAIM_DAYS * 86_400_000);
    },
    async claim(id) {
      return Number(claim.run(id, Date.now()).changes) === 1;
    },
    async close() {
      if (db.isOpen) db.close();
    },
  };
}

/** How many answered ids the memory ledger remembers. */
const MEMORY_CLAIMS = 10_000;

/** @returns {Ledger} */
function openMemoryLedger() {
  /** @type {Map<string, string>} */
  const cursors = new Map();
  /** @type {Set<string>} */
  const claimed = new Set();
  return {
    async cursor(timeline) {
      return cursors.get(timeline);
    },
    async advance(timeline, id) {
      const current = cursors.get(timeline);
      if (current === undefined || isNewer(id, current)) cursors.set(timeline, id);
    },
    async claim(id) {
      if (claimed.has(id)) return false;
      claimed.add(id);
      // Bounded like the memory store: the oldest claim goes first, long after its cursor moved past it.
      for (const oldest of claimed) {
        if (claimed.size <= MEMORY_CLAIMS) break;
        claimed.delete(oldest);
      }
      return true;
    },
    async close() {},
  };
}
