// @ts-check
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import express from 'express';

/** Where Meta delivers the webhook, on the bot's HTTP server (HTTP_PORT); register `<public URL>/whatsapp/webhook`. */
export const WEBHOOK_PATH = '/whatsapp/webhook';

/** Meta batches at most a few hundred events per delivery; a body beyond this is refused with 413 before it is read. */
const MAX_BODY_BYTES = 3 * 1024 * 1024;

/**
 * The X-Hub-Signature-256 value Meta sends with a body: "sha256=" + hex HMAC-SHA256 of the raw bytes, keyed with the
 * app secret.
 * @param {string} appSecret
 * @param {Uint8Array} body the exact bytes
 * @returns {string}
 */
export function signatureOf(appSecret, body) {
  return `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}`;
}

/**
 * Compares two strings in constant time. Both are hashed first, so their lengths (which timingSafeEqual needs equal,
 * and a verify token's length is secret) do not show either.
 * @param {string} given
 * @param {string} expected
 */
function sameSecret(given, expected) {
  const digest = (/** @type {string} */ text) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Mounts the webhook Meta calls:
 *
 * - `GET` is Meta's subscription check: `hub.mode=subscribe` with the right `hub.verify_token` is answered with
 *   `hub.challenge`, anything else with 403.
 * - `POST` is a batch of events. The signature covers the exact bytes sent, and JSON parsed and serialised again can
 *   differ (spacing, escapes), so the route takes the raw body and parses it only once X-Hub-Signature-256 matched; a
 *   mismatch is answered 401 and logged with the reason, never with the secret. A verified batch is acknowledged with
 *   200 at once and handled afterwards: Meta expects an answer within seconds and redelivers what it did not get
 *   one for.
 * @param {object} deps
 * @param {import('express').Express} deps.app the runtime's HTTP app
 * @param {string} deps.appSecret
 * @param {string} deps.verifyToken
 * @param {import('../core/logger.js').Logger} deps.logger
 * @param {(payload: unknown) => boolean} deps.onPayload takes a verified batch for later handling; false while the
 *   bot is not ready (then Meta is answered 503 and delivers again later)
 */
export function mountWebhook({ app, appSecret, verifyToken, logger, onPayload }) {
  app.get(WEBHOOK_PATH, (request, response) => {
    const { 'hub.mode': mode, 'hub.verify_token': token, 'hub.challenge': challenge } = request.query;
    if (mode === 'subscribe' && typeof token === 'string' && typeof challenge === 'string' && sameSecret(token, verifyToken)) {
      logger.info('whatsapp webhook verified');
      response.type('text/plain').send(challenge);
      return;
    }
    logger.warn({ mode: typeof mode === 'string' ? mode : undefined }, 'whatsapp webhook verification refused: wrong verify token');
    response.sendStatus(403);
  });

  app.post(WEBHOOK_PATH, express.raw({ type: () => true, limit: MAX_BODY_BYTES }), (request, response) => {
    const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const given = request.get('x-hub-signature-256');
    if (given === undefined || !sameSecret(given, signatureOf(appSecret, body))) {
      const reason = given === undefined ? 'missing X-Hub-Signature-256' : 'X-Hub-Signature-256 mismatch';
      logger.warn({ reason, bytes: body.length }, 'whatsapp webhook refused');
      response.status(401).json({ error: reason });
      return;
    }
    /** @type {unknown} */
    let payload;
    try {
      payload = JSON.parse(body.toString('utf8'));
    } catch {
      response.status(400).json({ error: 'body is not JSON' });
      return;
    }
    if (!onPayload(payload)) {
      response.status(503).json({ error: 'not ready' });
      return;
    }
    response.sendStatus(200);
  });
}
