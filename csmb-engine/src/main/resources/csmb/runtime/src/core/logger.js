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

/** Field names whose values are never written, in case a secret is passed by mistake. */
const SECRET = /token|secret|password|passwd|authorization|api.?key|cookie/i;

/**
 * Errors do not survive JSON.stringify: keep their name, message, code, stack and cause. Fields named like
 * secrets are replaced by "[redacted]".
 * @param {Fields} fields
 * @returns {Fields}
 */
function serialize(fields) {
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [key, SECRET.test(key) ? '[redacted]' : serializeValue(value)]),
  );
}

/**
 * @param {unknown} value
 * @param {number} [depth] how many causes deep, so a cause cycle cannot loop
 * @returns {unknown}
 */
function serializeValue(value, depth = 0) {
  if (!(value instanceof Error)) return value;
  const code = 'code' in value ? value.code : undefined;
  return {
    name: value.name,
    message: value.message,
    ...(code === undefined ? {} : { code }),
    stack: value.stack,
    ...(value.cause === undefined || depth >= 3 ? {} : { cause: serializeValue(value.cause, depth + 1) }),
  };
}
