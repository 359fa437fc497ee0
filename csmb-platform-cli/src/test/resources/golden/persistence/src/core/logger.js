// @ts-check

/** @typedef {import('../config.js').LogLevel} LogLevel */
/** @typedef {Record<string, unknown>} Fields */

/**
 * Where log lines go.
 * @typedef {object} LogSink
 * @property {(chunk: string) => unknown} write
 */

/**
 * @typedef {object} Logger
 * @property {(message: string, fields?: Fields) => void} debug
 * @property {(message: string, fields?: Fields) => void} info
 * @property {(message: string, fields?: Fields) => void} warn
 * @property {(message: string, fields?: Fields) => void} error
 */

const RANKS = { debug: 10, info: 20, warn: 30, error: 40 };

/**
 * A logger writing one JSON object per line, so logs stay machine-readable in any log collector.
 * Never pass secrets in `fields`.
 * @param {object} options
 * @param {LogLevel} options.level the least severe level written
 * @param {LogSink} [options.stream] defaults to stderr
 * @returns {Logger}
 */
export function createLogger({ level, stream = process.stderr }) {
  /** @param {LogLevel} at */
  const log =
    (at) =>
    (/** @type {string} */ message, /** @type {Fields} */ fields = {}) => {
      if (RANKS[at] < RANKS[level]) return;
      const entry = { time: new Date().toISOString(), level: at, message, ...serialize(fields) };
      stream.write(`${JSON.stringify(entry)}\n`);
    };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

/**
 * Errors do not survive JSON.stringify; keep their message and stack.
 * @param {Fields} fields
 * @returns {Fields}
 */
function serialize(fields) {
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) =>
      value instanceof Error ? [key, { name: value.name, message: value.message, stack: value.stack }] : [key, value],
    ),
  );
}
