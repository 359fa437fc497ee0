// @ts-check
import { createRequire } from 'node:module';
import pino from 'pino';

/** @typedef {import('../config.js').LogLevel} LogLevel */
/** @typedef {import('pino').Logger} Logger */

/**
 * Where log lines go instead of stderr (tests collect them).
 * @typedef {object} LogSink
 * @property {(chunk: string) => unknown} write
 */

/** Field names whose values are never written, at the top level or one object down, in case one is passed by mistake. */
const SECRETS = ['token', 'botToken', 'accessToken', 'secret', 'password', 'authorization', 'apiKey', 'cookie'];

/**
 * The bot's logger: pino, writing one JSON object per line (`time`, `level`, `message`, fields) to stderr, so logs stay
 * machine-readable in any log collector. On a terminal, with pino-pretty installed (a dev dependency, absent after
 * `npm ci --omit=dev`), lines are pretty-printed instead. Call it the pino way: `logger.warn({ userId }, 'refused')`,
 * an error under `error`: `logger.error({ error }, 'reply failed')`.
 * @param {object} options
 * @param {LogLevel} options.level the least severe level written
 * @param {LogSink} [options.stream] defaults to stderr
 * @returns {Logger}
 */
export function createLogger({ level, stream }) {
  /** @type {import('pino').LoggerOptions} */
  const options = {
    level,
    messageKey: 'message',
    errorKey: 'error',
    serializers: { error: pino.stdSerializers.errWithCause },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: SECRETS.flatMap((key) => [key, `*.${key}`]), censor: '[redacted]' },
  };
  if (stream) return pino(options, stream);
  if (process.stderr.isTTY && prettyInstalled()) {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { destination: 2, messageKey: 'message' } } });
  }
  return pino(options, pino.destination({ dest: 2, sync: true }));
}

/** Whether the optional pretty printer is there (it is a dev dependency). */
function prettyInstalled() {
  try {
    createRequire(import.meta.url).resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}
