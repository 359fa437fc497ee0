// @ts-check
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import express from 'express';
import pRetry, { AbortError } from 'p-retry';
import { ConfigError } from './env.js';

/**
 * Webhooks in both directions share one signature scheme, so one verifier serves both sides:
 *
 *   x-webhook-id         a unique delivery id (a UUID)
 *   x-webhook-timestamp  when it was sent, in Unix seconds
 *   x-webhook-signature  "sha256=" + hex HMAC-SHA256(WEBHOOK_SECRET, `${id}.${timestamp}.${raw body}`)
 *
 * Signing the id and timestamp with the body means neither can be changed to slip a captured delivery past the
 * replay checks.
 */
export const HEADERS = { id: 'x-webhook-id', timestamp: 'x-webhook-timestamp', signature: 'x-webhook-signature' };

/** The channel inbound messages come through; their user ids become `webhook:<userId>`. */
export const WEBHOOK_CHANNEL = 'webhook';

/** The inbound endpoint, on the bot's HTTP server (HTTP_PORT). */
export const INBOUND_PATH = '/webhooks';

/** Inbound bodies are small JSON events; anything larger is refused with 413 before it is verified. */
const MAX_BODY_BYTES = 64 * 1024;

/** How many delivery ids are remembered at most; the oldest are forgotten first. */
const MAX_REMEMBERED_IDS = 10_000;

/**
 * @typedef {object} WebhooksConfig
 * @property {string} secret never logged, never echoed in errors
 * @property {number} toleranceSeconds
 * @property {string | undefined} outboundUrl undefined when outbound webhooks are off
 * @property {number} outboundAttempts
 */

/**
 * @param {import('./env.js').EnvReader} env
 * @returns {WebhooksConfig}
 */
export function readConfig(env) {
  const outbound = env.string('WEBHOOK_OUTBOUND_URL', 'off');
  if (outbound !== 'off' && !(/^https?:\/\//.test(outbound) && URL.canParse(outbound))) {
    throw new ConfigError(`Invalid WEBHOOK_OUTBOUND_URL: expected an http or https URL, or off (got "${outbound}").`);
  }
  return {
    secret: env.required('WEBHOOK_SECRET', 'a long random string shared with the systems that call the bot'),
    toleranceSeconds: env.integer('WEBHOOK_TOLERANCE_SECONDS', { fallback: 300, min: 1, max: 86400 }),
    outboundUrl: outbound === 'off' ? undefined : outbound,
    outboundAttempts: env.integer('WEBHOOK_OUTBOUND_ATTEMPTS', { fallback: 5, min: 1, max: 20 }),
  };
}

/**
 * The signature header value for a delivery.
 * @param {string} secret
 * @param {string} id
 * @param {string} timestamp Unix seconds, as sent in the header
 * @param {Uint8Array} body the exact bytes sent
 * @returns {string} "sha256=<hex>"
 */
export function sign(secret, id, timestamp, body) {
  const hmac = createHmac('sha256', secret).update(`${id}.${timestamp}.`).update(body);
  return `sha256=${hmac.digest('hex')}`;
}

/**
 * @typedef {object} InboundMessage
 * @property {'message'} type
 * @property {string} userId
 * @property {string} channelId
 * @property {string} text
 */

/**
 * @typedef {object} Verdict
 * @property {boolean} ok
 * @property {string} [reason] why a delivery was refused; safe to log and to send back
 */

/**
 * Verifies signed deliveries: signature, timestamp window and delivery ids seen before.
 * @param {object} options
 * @param {string} options.secret
 * @param {number} options.toleranceSeconds
 * @param {() => number} [options.now] epoch milliseconds, replaceable in tests
 */
export function createVerifier({ secret, toleranceSeconds, now = Date.now }) {
  /** @type {Map<string, number>} delivery id → when it may be forgotten (epoch seconds); oldest first */
  const seen = new Map();

  /** @param {number} nowSeconds */
  function forgetExpired(nowSeconds) {
    for (const [id, until] of seen) {
      if (until > nowSeconds && seen.size < MAX_REMEMBERED_IDS) break;
      seen.delete(id);
    }
  }

  /**
   * @param {Record<string, string | string[] | undefined>} headers lower-case names, as node:http gives them
   * @param {Buffer} body the raw bytes
   * @returns {Verdict}
   */
  return function verify(headers, body) {
    const id = headers[HEADERS.id];
    const timestamp = headers[HEADERS.timestamp];
    const signature = headers[HEADERS.signature];
    if (typeof id !== 'string' || typeof timestamp !== 'string' || typeof signature !== 'string') {
      return { ok: false, reason: 'missing signature headers' };
    }
    const nowSeconds = Math.floor(now() / 1000);
    if (!/^\d{1,12}$/.test(timestamp) || Math.abs(nowSeconds - Number(timestamp)) > toleranceSeconds) {
      return { ok: false, reason: 'timestamp outside the allowed window' };
    }
    const expected = Buffer.from(sign(secret, id, timestamp, body));
    const given = Buffer.from(signature);
    // timingSafeEqual needs equal lengths; comparing lengths first reveals only the (public) signature format.
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return { ok: false, reason: 'signature mismatch' };
    }
    // Checked after the signature, so unsigned requests cannot fill the memory of ids.
    forgetExpired(nowSeconds);
    if (seen.has(id)) return { ok: false, reason: 'delivery id already used' };
    // A timestamp outside the window is refused anyway, so an id needs remembering only that long.
    seen.set(id, Number(timestamp) + toleranceSeconds);
    return { ok: true };
  };
}

/**
 * Mounts `POST /webhooks`. A verified `{ "type": "message", "userId", "channelId", "text" }` event is handed to
 * `onMessage` and answered `200 { "replies": [...] }`; a
 * delivery that fails verification is answered 401 and logged with the reason, never with the secret.
 * @param {object} deps
 * @param {import('./http.js').HttpServer} deps.http
 * @param {ReturnType<typeof createVerifier>} deps.verify
 * @param {(message: InboundMessage) => Promise<string[]>} deps.onMessage
 * @param {import('./logger.js').Logger} deps.logger
 */
export function mountInbound({ http, verify, onMessage, logger }) {
  // The signature covers the exact bytes that were sent; JSON parsed and serialised again can differ (spacing, key
  // order, escapes), so the route takes the raw body (express.raw, whatever the content type; over the limit: 413)
  // and parses it only once the signature passed.
  const raw = express.raw({ type: () => true, limit: MAX_BODY_BYTES });
  http.app.post(INBOUND_PATH, raw, async (request, response) => {
    const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const result = verify(request.headers, body);
    if (!result.ok) {
      const reason = result.reason ?? 'refused';
      logger.warn({ reason, deliveryId: String(request.headers[HEADERS.id] ?? '') }, 'webhook refused');
      response.status(401).json({ error: reason });
      return;
    }
    const event = parseEvent(body);
    if (typeof event === 'string') {
      response.status(400).json({ error: event });
      return;
    }
    response.json({ replies: await onMessage(event) });
  });
}

/**
 * @param {Buffer} body
 * @returns {InboundMessage | string} the event, or what is wrong with it
 */
function parseEvent(body) {
  /** @type {any} */
  let event;
  try {
    event = JSON.parse(body.toString('utf8'));
  } catch {
    return 'body is not JSON';
  }
  const fields = ['userId', 'channelId', 'text'];
  if (event?.type !== 'message' || fields.some((name) => typeof event[name] !== 'string' || event[name] === '')) {
    return 'expected {"type":"message","userId","channelId","text"} with non-empty strings';
  }
  return { type: 'message', userId: event.userId, channelId: event.channelId, text: event.text };
}

/**
 * Posts signed JSON to a URL with p-retry: network errors, 429 and 5xx are tried again after doubling pauses; another
 * 4xx would fail the same way again, so it ends the delivery at once.
 * @param {object} options
 * @param {string} options.url
 * @param {string} options.secret
 * @param {number} options.attempts at least 1
 * @param {import('./logger.js').Logger} options.logger
 * @param {typeof fetch} [options.fetch]
 * @param {() => number} [options.now] epoch milliseconds
 * @param {number} [options.baseDelayMs] the first pause; each next one doubles, up to 30 s
 */
export function createSender({ url, secret, attempts, logger, fetch = globalThis.fetch, now = Date.now, baseDelayMs = 500 }) {
  const stopping = new AbortController();
  return {
    /**
     * @param {unknown} payload serialised as JSON
     * @returns {Promise<boolean>} whether it was delivered; never rejects
     */
    async send(payload) {
      // One id for every attempt, so the receiver can drop a duplicate when an earlier attempt did arrive.
      const id = randomUUID();
      const body = Buffer.from(JSON.stringify(payload));
      const post = async () => {
        // A fresh timestamp per attempt, so a late retry is not refused as stale.
        const timestamp = String(Math.floor(now() / 1000));
        const response = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [HEADERS.id]: id,
            [HEADERS.timestamp]: timestamp,
            [HEADERS.signature]: sign(secret, id, timestamp, body),
          },
          body,
          signal: AbortSignal.any([stopping.signal, AbortSignal.timeout(10_000)]),
        });
        await response.body?.cancel();
        if (response.ok) return;
        const failure = new Error(`HTTP ${response.status}`);
        throw response.status === 429 || response.status >= 500 ? failure : new AbortError(failure);
      };
      try {
        await pRetry(post, {
          retries: attempts - 1,
          minTimeout: baseDelayMs,
          maxTimeout: 30_000,
          signal: stopping.signal,
          onFailedAttempt: ({ error, attemptNumber, retryDelay }) =>
            logger.warn(
              { deliveryId: id, attempt: attemptNumber, of: attempts, outcome: error.message, retryInMs: retryDelay },
              'outbound webhook failed',
            ),
        });
        return true;
      } catch (error) {
        logger.error({ deliveryId: id, outcome: error instanceof Error ? error.message : String(error) }, 'outbound webhook given up');
        return false;
      }
    },

    /** Ends the pauses between retries, so shutdown does not wait for them; a request in flight is cancelled. */
    stop() {
      stopping.abort();
    },
  };
}

/** The session events sent outbound, with their payloads (see src/core/events.js). */
const OUTBOUND_EVENTS = /** @type {const} */ ([
  'sessionStarted',
  'sessionResumed',
  'sessionPaused',
  'sessionEnded',
  'sessionArchived',
  'messageRecorded',
]);

/**
 * Mounts the inbound endpoint and, when WEBHOOK_OUTBOUND_URL is set, posts every session event to it as
 * `{ "type": "sessionStarted", "at": <epoch ms>, "session": {...}, "message"?: {...} }`, signed.
 * @param {import('./runtime.js').Runtime} runtime
 * @returns {import('./runtime.js').Installed}
 */
export function install({ config, logger, events, chat, http }) {
  const { secret, toleranceSeconds, outboundUrl, outboundAttempts } = config.webhooks;
  // The caller is the webhook channel's user it names (`webhook:<userId>`): a valid signature proves the sender knows
  // the secret, not that it may speak for the terminal's user or an admin of another channel.
  /** @param {InboundMessage} event */
  const onMessage = ({ userId, channelId, text }) => chat.handle({ channel: WEBHOOK_CHANNEL, userId, channelId, text });
  mountInbound({ http, logger, verify: createVerifier({ secret, toleranceSeconds }), onMessage });
  if (!outboundUrl) return {};
  const sender = createSender({ url: outboundUrl, secret, attempts: outboundAttempts, logger });
  // Only this instance's events: with real-time sync the other instances' events arrive here too, and the instance
  // where a change happened delivers it, so the receiver gets each event once.
  for (const type of OUTBOUND_EVENTS) {
    events.onLocal(type, async (event) => {
      await sender.send({ type, at: Date.now(), ...event });
    });
  }
  return {
    async stop() {
      sender.stop();
    },
  };
}
