// @ts-check

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

/**
 * @typedef {ReturnType<typeof createMetrics>} Metrics
 */

/**
 * The bot's counters. They start at zero with the process, as Prometheus expects of counters: it computes rates and
 * notices restarts by itself.
 */
export function createMetrics() {
  /** @type {Record<'user' | 'bot', number>} */
  const messages = { user: 0, bot: 0 };
  /** @type {Record<string, number>} */
  const sessions = Object.fromEntries(SESSION_EVENTS.map(([, label]) => [label, 0]));
  let errors = 0;

  return {
    /** @param {'user' | 'bot'} role */
    countMessage(role) {
      messages[role] += 1;
    },

    /** @param {string} label one of the `event` labels */
    countSessionEvent(label) {
      sessions[label] = (sessions[label] ?? 0) + 1;
    },

    countError() {
      errors += 1;
    },

    /**
     * The counters in Prometheus' text exposition format (version 0.0.4).
     * @returns {string}
     */
    render() {
      return [
        ...family('bot_messages_total', 'Messages stored in sessions, by author.', 'role', messages),
        ...family('bot_session_events_total', 'Session lifecycle changes, by kind.', 'event', sessions),
        '# HELP bot_errors_total Errors logged: failed replies, failing event listeners and HTTP handlers.',
        '# TYPE bot_errors_total counter',
        `bot_errors_total ${errors}`,
        '',
      ].join('\n');
    },
  };
}

/**
 * One counter split by one label, as text lines.
 * @param {string} name
 * @param {string} help
 * @param {string} label
 * @param {Record<string, number>} values by label value
 * @returns {string[]}
 */
function family(name, help, label, values) {
  return [
    `# HELP ${name} ${help}`,
    `# TYPE ${name} counter`,
    ...Object.entries(values).map(([value, count]) => `${name}{${label}="${value}"} ${count}`),
  ];
}

/**
 * Counts messages and session changes from the session events, and errors from the log, and serves the counters at
 * `GET /metrics` for Prometheus to scrape.
 * @param {import('./runtime.js').Runtime} runtime
 */
export function install({ events, logger, http }) {
  const metrics = createMetrics();
  events.on('messageRecorded', ({ message }) => metrics.countMessage(message.role));
  for (const [name, label] of SESSION_EVENTS) events.on(name, () => metrics.countSessionEvent(label));

  // Every failure the bot survives ends in exactly one error log line (the chat's apology, a failing listener, an HTTP
  // handler), so counting those lines counts errors without every module having to report to the metrics.
  const logError = logger.error;
  logger.error = (message, fields) => {
    metrics.countError();
    logError(message, fields);
  };

  http.route('GET', '/metrics', (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' }).end(metrics.render());
  });
}
