// @ts-check
import { createMemoryStore } from './memory.js';

/**
 * Opens the store the configuration names. The SQLite module is loaded only when it is used.
 * @param {import('../../config.js').StoreConfig} options
 * @returns {Promise<import('../types.js').Store>}
 */
export async function openStore(options) {
  if (options.kind === 'sqlite') {
    const { createSqliteStore } = await withoutSqliteWarning(() => import('./sqlite.js'));
    return createSqliteStore({ path: options.sqlitePath });
  }
  return createMemoryStore({ maxSessions: options.memoryMaxSessions });
}

/**
 * Node.js 22 prints "ExperimentalWarning: SQLite is an experimental feature" when `node:sqlite` is first
 * loaded. The API this project uses is stable in practice, and the warning would land in the middle of
 * the bot's output, so exactly that warning is dropped while the module loads; every other warning prints.
 * @template T
 * @param {() => Promise<T>} load
 * @returns {Promise<T>}
 */
async function withoutSqliteWarning(load) {
  const emitWarning = process.emitWarning;
  process.emitWarning = /** @type {typeof process.emitWarning} */ (
    (/** @type {string | Error} */ warning, /** @type {any[]} */ ...rest) => {
      const text = typeof warning === 'string' ? warning : warning.message;
      if (/SQLite is an experimental feature/.test(text)) return;
      emitWarning.call(process, warning, ...rest);
    }
  );
  try {
    return await load();
  } finally {
    process.emitWarning = emitWarning;
  }
}
