// @ts-check
import { collectDefaultMetrics, Counter, Registry } from 'prom-client';

/** @typedef {import('./events.js').SessionEventName} SessionEventName */

/**
 * The session events counted, and the `event` label each is counted under.
 * @type {[Exclude<SessionEventName, 'messageRecorded'>, string][]}
 */
const SESSION_EVENTS = [
  ['sessionStarted', 'started'],
  ['sessionResumed', 'resumed'],
  ['sessionPaused', 'paused'],
  ['sessionEnded', 'ended'],
  ['sessionArchived', 'archived'],
];

/** @typedef {ReturnType<typeof createMetrics>} Metrics */

/**
 * The bot's counters, on a registry of its own (not prom-client's global one), so two runtimes in one process never
 * share counts. They start at zero with the process, as Prometheus expects of counters. The registry also carries
 * prom-client's default process metrics (CPU, memory, event loop lag).
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    messages: new Counter({
      name: 'bot_messages_total',
      help: 'Messages stored in sessions, by author.',
      labelNames: /** @type {const} */ (['role']),
      registers,
    }),
    sessionEvents: new Counter({
      name: 'bot_session_events_total',
      help: 'Session lifecycle changes, by kind.',
      labelNames: /** @type {const} */ (['event']),
      registers,
    }),
    errors: new Counter({
      name: 'bot_errors_total',
      help: 'Errors logged: failed replies, failing event listeners and HTTP handlers.',
      registers,
    }),
  };
}

/**
 * Counts messages and session changes from the session events, and errors from the log, and serves the registry at
 * `GET /metrics` for Prometheus to scrape. Only events of this instance are counted (with real-time sync, the others'
 * arrive on the event bus too, and their own instance counts them), so a sum over instances counts each change once.
 * @param {import('./runtime.js').Runtime} runtime
 */
export function install({ events, logger, http }) {
  const metrics = createMetrics();
  events.onLocal('messageRecorded', ({ message }) => void metrics.messages.inc({ role: message.role }));
  for (const [name, event] of SESSION_EVENTS) events.onLocal(name, () => void metrics.sessionEvents.inc({ event }));

  // Every failure the bot survives ends in exactly one error log line (the chat's apology, a failing listener, an HTTP
  // handler), so counting those lines counts errors without every module having to report to the metrics. pino's
  // level methods are plain properties of the logger, so wrapping this one keeps its signature.
  const logError = logger.error;
  logger.error = /** @type {import('pino').LogFn} */ (
    (/** @type {any[]} */ ...args) => {
      metrics.errors.inc();
      return logError.apply(logger, /** @type {any} */ (args));
    }
  );

  http.app.get('/metrics', async (_request, response) => {
    response.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}
