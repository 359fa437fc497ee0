// @ts-check
import { createSessionSink, httpVerdict, networkFailure, readSwitch, retryAfterMs } from './session-sink.js';

/** Airtable allows 5 requests a second per base. */
const REQUESTS_PER_SECOND = 5;

/** After a 429 without Retry-After, Airtable asks clients to wait 30 seconds. */
const WAIT_AFTER_429_MS = 30_000;

/** How long one request may take before it counts as failed (and is tried again when that is safe). */
const TIMEOUT_MS = 10_000;

/**
 * @typedef {object} AirtableSinkConfig
 * @property {boolean} enabled false with AIRTABLE_SINK=off: nothing is written (local development, tests)
 * @property {string} token secret: a personal access token with `data.records:write`, never logged
 * @property {string} baseId the base holding the table, `app…`
 * @property {string} table the "Chat Sessions" table's id (`tbl…`) or name
 * @property {string} baseUrl the API's address, without a trailing slash
 */

/**
 * @param {import('./env.js').EnvReader} env
 * @returns {AirtableSinkConfig}
 */
export function readConfig(env) {
  const baseUrl = env.baseUrl('AIRTABLE_BASE_URL', 'https://api.airtable.com');
  const { enabled, read } = readSwitch(env, 'AIRTABLE_SINK');
  return {
    enabled,
    token: read('AIRTABLE_TOKEN', 'a personal access token from https://airtable.com/create/tokens'),
    baseId: read('AIRTABLE_BASE_ID', 'the base id (app…) that `csmb provision airtable` printed'),
    table: read('AIRTABLE_TABLE_ID', 'the table id (tbl…) that `csmb provision airtable` printed, or its name'),
    baseUrl,
  };
}

/** Airtable answered with an error status. The message holds its error type and text, never the token. */
export class AirtableError extends Error {
  name = 'AirtableError';

  /**
   * @param {number} status
   * @param {string} type Airtable's error type, e.g. "INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND"
   * @param {string} detail
   * @param {number | undefined} retryAfter milliseconds, from Retry-After
   */
  constructor(status, type, detail, retryAfter) {
    super(`Airtable answered ${status} ${type}${detail ? `: ${detail}` : ''}`);
    this.status = status;
    this.type = type;
    this.retryAfterMs = retryAfter;
  }
}

/**
 * A session row as Airtable cell values. Airtable cannot make created-time fields through its API, so the table
 * `csmb provision` makes has Started and Last Activity as date-time fields the bot writes.
 * @param {import('./session-sink.js').SessionRow} row
 */
export function airtableFields(row) {
  return {
    ...(row.title === undefined ? {} : { Session: row.title }),
    Platform: row.platform,
    Status: row.status,
    User: row.user,
    Started: row.started,
    'Last Activity': row.lastActivity,
    ...(row.summary === undefined ? {} : { Summary: row.summary }),
    Messages: row.messages,
    Duration: row.durationSeconds,
  };
}

/**
 * @param {unknown} error
 * @returns {import('./session-sink.js').Verdict}
 */
export function classify(error) {
  if (error instanceof AirtableError) {
    return httpVerdict(error.status, error.retryAfterMs ?? (error.status === 429 ? WAIT_AFTER_429_MS : undefined));
  }
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return { transient: true, surelyNotDone: false, gone: false, retryAfterMs: undefined };
  }
  const { network, notSent } = networkFailure(error);
  return { transient: network, surelyNotDone: notSent, gone: false, retryAfterMs: undefined };
}

/**
 * Both error shapes Airtable sends: `{"error": {"type", "message"}}` and `{"error": "NOT_FOUND"}`.
 * @param {Response} response
 */
async function failure(response) {
  /** @type {unknown} */
  let body;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const error = /** @type {{ error?: unknown } | undefined} */ (body)?.error;
  const type = typeof error === 'string' ? error
    : String(/** @type {{ type?: unknown }} */ (error ?? {}).type ?? 'UNKNOWN');
  const detail = typeof error === 'object' && error !== null
    ? String(/** @type {{ message?: unknown }} */ (error).message ?? '') : '';
  return new AirtableError(response.status, type, detail, retryAfterMs(response.headers.get('retry-after')));
}

/**
 * One record per session in the Airtable table, over `fetch` (the Web API is two calls here; the official
 * `airtable` package adds a dependency for no gain).
 * @param {object} deps
 * @param {AirtableSinkConfig} deps.config
 * @param {typeof fetch} [deps.fetch]
 * @returns {Pick<import('./session-sink.js').RowWriter, 'create' | 'update'>}
 */
export function createAirtableWriter({ config, fetch = globalThis.fetch }) {
  const tableUrl = `${config.baseUrl}/v0/${encodeURIComponent(config.baseId)}/${encodeURIComponent(config.table)}`;
  /**
   * @param {string} method
   * @param {string} url
   * @param {import('./session-sink.js').SessionRow} row
   * @param {AbortSignal} signal
   * @returns {Promise<{ id?: unknown }>}
   */
  async function send(method, url, row, signal) {
    const response = await fetch(url, {
      method,
      headers: { authorization: `Bearer ${config.token}`, 'content-type': 'application/json' },
      // typecast lets a table made by hand accept a platform or status it has no option for yet.
      body: JSON.stringify({ fields: airtableFields(row), typecast: true }),
      signal: AbortSignal.any([signal, AbortSignal.timeout(TIMEOUT_MS)]),
    });
    if (!response.ok) throw await failure(response);
    return /** @type {{ id?: unknown }} */ (await response.json());
  }
  return {
    async create(row, signal) {
      const record = await send('POST', tableUrl, row, signal);
      if (typeof record.id !== 'string') throw new AirtableError(200, 'UNEXPECTED_BODY', 'no record id', undefined);
      return record.id;
    },
    async update(recordId, row, signal) {
      await send('PATCH', `${tableUrl}/${encodeURIComponent(recordId)}`, row, signal);
    },
  };
}

/**
 * @param {import('./runtime.js').Runtime} runtime
 * @returns {import('./runtime.js').Installed}
 */
export function install(runtime) {
  if (!runtime.config.airtableSink.enabled) return {};
  const writer = createAirtableWriter({ config: runtime.config.airtableSink });
  const sink = createSessionSink({
    runtime,
    requestsPerSecond: REQUESTS_PER_SECOND,
    writer: { namespace: 'airtableSink', classify, ...writer },
  });
  return { stop: () => sink.stop() };
}
