// @ts-check

/** How long an answered id stays claimed. The cursors move past it long before; this only bounds the claims. */
const CLAIM_MS = 30 * 86_400_000;

/** The cursor of a timeline that was empty at the first poll: everything that appears later is new. */
export const START = '0';

/**
 * What the poller keeps beside the sessions, in the same store: how far it has read each timeline, and which
 * tweets and messages it has answered. Claims make "answered once" hold when two instances poll together or a
 * restart reads a timeline again; they are the runtime store's own `claim` (one atomic step of the store).
 * @typedef {object} Ledger
 * @property {(timeline: string) => Promise<string | undefined>} cursor the newest id read from the timeline;
 *   undefined before its first poll
 * @property {(timeline: string, id: string) => Promise<void>} advance raises the cursor to `id`, never lowers it
 * @property {(timeline: string, id: string) => Promise<boolean>} claim true for exactly one caller per timeline
 *   and id, in one atomic step of the store, across restarts and the instances that share it
 * @property {() => Promise<void>} close
 */

/**
 * Opens the ledger in the store the bot keeps its sessions in: claims through the runtime's store, cursors in a
 * table of the SQLite file, keys of the Redis server, or (memory store) this process only.
 * @param {import('../config.js').StoreConfig} store
 * @param {import('../core/types.js').Store} claims the runtime's store
 * @param {import('../core/logger.js').Logger} logger
 * @returns {Promise<Ledger>}
 */
export async function openLedger(store, claims, logger) {
  const cursors = await openCursors(store, logger);
  return { ...cursors, claim: (timeline, id) => claims.claim(`twitter-${timeline}`, id, CLAIM_MS) };
}

/**
 * @param {import('../config.js').StoreConfig} store
 * @param {import('../core/logger.js').Logger} logger
 * @returns {Promise<Cursors>}
 */
async function openCursors(store, logger) {
  if (store.kind === 'sqlite') return openSqliteCursors(store.sqlitePath);
  logger.warn('the memory store forgets which mentions were answered when the bot stops; use SESSION_STORE=sqlite');
  return openMemoryCursors();
}

/**
 * The cursors of the timelines, kept where the store keeps its data.
 * @typedef {Omit<Ledger, 'claim'>} Cursors
 */

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
 * @returns {Promise<Cursors>}
 */
async function openSqliteCursors(path) {
  const { DatabaseSync } = await import('node:sqlite');
  const db = new DatabaseSync(path);
  // Another instance may be writing the same file: wait for its lock instead of failing at once.
  db.exec('PRAGMA busy_timeout = 5000');
  db.exec('CREATE TABLE IF NOT EXISTS twitter_cursors (timeline TEXT PRIMARY KEY, id TEXT NOT NULL);');
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
    },
    async close() {
      if (db.isOpen) db.close();
    },
  };
}

/** @returns {Cursors} */
function openMemoryCursors() {
  /** @type {Map<string, string>} */
  const cursors = new Map();
  return {
    async cursor(timeline) {
      return cursors.get(timeline);
    },
    async advance(timeline, id) {
      const current = cursors.get(timeline);
      if (current === undefined || isNewer(id, current)) cursors.set(timeline, id);
    },
    async close() {},
  };
}
