// @ts-check
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { ConfigError, EnvReader } from '../../src/core/env.js';
import { createHttpServer } from '../../src/core/http.js';
import { createLogger } from '../../src/core/logger.js';
import { createSender, createVerifier, HEADERS, mountInbound, readConfig, sign } from '../../src/core/webhooks.js';

const SECRET = 'whsec-test-7f3a9c1e5b2d';

/**
 * A request the fake receiver got.
 * @typedef {object} Captured
 * @property {import('node:http').IncomingHttpHeaders} headers
 * @property {string} body
 */
const NOW = Date.UTC(2025, 0, 31, 14, 5);

describe('inbound webhooks', () => {
  /** @type {string[]} */
  const logs = [];
  const logger = createLogger({ level: 'debug', stream: { write: (line) => logs.push(line) } });
  const http = createHttpServer({ logger });
  /** @type {import('../../src/core/webhooks.js').InboundMessage[]} */
  const received = [];
  let url = '';
  before(async () => {
    const verify = createVerifier({ secret: SECRET, toleranceSeconds: 300, now: () => NOW });
    mountInbound({ http, logger, verify, onMessage: async (m) => (received.push(m), [`got ${m.text}`]) });
    url = `http://127.0.0.1:${await http.listen(0)}/webhooks`;
  });
  after(() => http.close());

  /**
   * Posts `body` signed with `secret` at `at` (epoch ms).
   * @param {object} options
   * @param {string} [options.id]
   * @param {number} [options.at]
   * @param {string} [options.secret]
   * @param {string} [options.body]
   */
  async function deliver({ id = randomUUID(), at = NOW, secret = SECRET, body } = {}) {
    const raw = body ?? JSON.stringify({ type: 'message', userId: 'alice', channelId: 'hook', text: 'ping' });
    const timestamp = String(Math.floor(at / 1000));
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [HEADERS.id]: id,
        [HEADERS.timestamp]: timestamp,
        [HEADERS.signature]: sign(secret, id, timestamp, Buffer.from(raw)),
      },
      body: raw,
    });
    return { status: response.status, body: await response.json() };
  }

  /** The last log line, parsed, after checking that no line mentions the secret. */
  function lastLog() {
    for (const line of logs) assert.equal(line.includes(SECRET), false, 'a log line contains the secret');
    return JSON.parse(logs.at(-1) ?? '{}');
  }

  it('hands a correctly signed message to the chat and answers with its replies', async () => {
    assert.deepEqual(await deliver(), { status: 200, body: { replies: ['got ping'] } });
    assert.deepEqual(received.at(-1), { type: 'message', userId: 'alice', channelId: 'hook', text: 'ping' });
  });

  it('checks the signature over the raw bytes: different spacing is a different body', async () => {
    const spaced = '{ "type": "message", "userId": "alice", "channelId": "hook", "text": "spaced" }';
    assert.equal((await deliver({ body: spaced })).status, 200);
    assert.equal(received.at(-1)?.text, 'spaced');
  });

  it('refuses a wrong signature with 401 and logs the reason without the secret', async () => {
    const count = received.length;
    const result = await deliver({ secret: 'not-the-secret' });
    assert.deepEqual(result, { status: 401, body: { error: 'signature mismatch' } });
    const entry = lastLog();
    assert.equal(entry.message, 'webhook refused');
    assert.equal(entry.reason, 'signature mismatch');
    assert.equal(received.length, count);
  });

  it('refuses a stale timestamp (and one too far ahead) with 401, logged without the secret', async () => {
    for (const at of [NOW - 301_000, NOW + 301_000]) {
      assert.deepEqual(await deliver({ at }), { status: 401, body: { error: 'timestamp outside the allowed window' } });
      assert.equal(lastLog().reason, 'timestamp outside the allowed window');
    }
    assert.equal((await deliver({ at: NOW - 299_000 })).status, 200);
  });

  it('refuses a replayed delivery id with 401, logged without the secret', async () => {
    const id = 'delivery-42';
    assert.equal((await deliver({ id })).status, 200);
    assert.deepEqual(await deliver({ id }), { status: 401, body: { error: 'delivery id already used' } });
    const entry = lastLog();
    assert.equal(entry.reason, 'delivery id already used');
    assert.equal(entry.deliveryId, id);
  });

  it('refuses a delivery without the headers, and a signed body that is not a message event', async () => {
    assert.equal((await fetch(url, { method: 'POST', body: '{}' })).status, 401);
    assert.equal(lastLog().reason, 'missing signature headers');
    assert.equal((await deliver({ body: '{"type":"other"}' })).status, 400);
  });

  it('refuses a body over 64 KiB with 413 before verifying it', async () => {
    const count = received.length;
    const text = 'x'.repeat(64 * 1024);
    const result = await deliver({ body: JSON.stringify({ type: 'message', userId: 'alice', channelId: 'hook', text }) });
    assert.equal(result.status, 413);
    assert.equal(received.length, count);
  });
});

describe('outbound webhooks', () => {
  /** @type {Captured[]} */
  const requests = [];
  /** @type {number[]} statuses to answer with, in order; 200 once they run out */
  let statuses = [];
  const target = createServer((request, response) => {
    /** @type {Buffer[]} */
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(statuses.shift() ?? 200).end();
    });
  });
  let url = '';
  before(async () => {
    await new Promise((resolve) => target.listen(0, '127.0.0.1', () => resolve(undefined)));
    const address = target.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/events`;
  });
  after(() => new Promise((resolve) => target.close(() => resolve(undefined))));

  /** @type {string[]} */
  const logs = [];
  const logger = createLogger({ level: 'debug', stream: { write: (line) => logs.push(line) } });

  it('signs the JSON it posts so the receiver can verify it with the same scheme', async () => {
    requests.length = 0;
    const sender = createSender({ url, secret: SECRET, attempts: 3, logger, now: () => NOW });
    assert.equal(await sender.send({ type: 'sessionStarted', n: 1 }), true);
    assert.equal(requests.length, 1);
    const [{ headers, body }] = requests;
    assert.deepEqual(JSON.parse(body), { type: 'sessionStarted', n: 1 });
    const verify = createVerifier({ secret: SECRET, toleranceSeconds: 300, now: () => NOW });
    assert.deepEqual(verify(headers, Buffer.from(body)), { ok: true });
  });

  it('retries 5xx with doubling pauses, keeping the delivery id', async () => {
    requests.length = 0;
    logs.length = 0;
    statuses = [503, 500];
    const sender = createSender({ url, secret: SECRET, attempts: 5, logger, baseDelayMs: 20 });
    assert.equal(await sender.send({ type: 'x' }), true);
    assert.equal(requests.length, 3);
    const failed = logs.map((line) => JSON.parse(line)).filter((entry) => entry.message === 'outbound webhook failed');
    assert.deepEqual(failed.map((entry) => [entry.outcome, entry.retryInMs]), [['HTTP 503', 20], ['HTTP 500', 40]]);
    assert.equal(new Set(requests.map((r) => r.headers[HEADERS.id])).size, 1);
  });

  it('gives up after the last attempt, and at once on a 4xx other than 429', async () => {
    requests.length = 0;
    statuses = [500, 500, 500];
    assert.equal(await createSender({ url, secret: SECRET, attempts: 3, logger, baseDelayMs: 1 }).send({}), false);
    assert.equal(requests.length, 3);
    statuses = [400];
    assert.equal(await createSender({ url, secret: SECRET, attempts: 3, logger, baseDelayMs: 1 }).send({}), false);
    assert.equal(requests.length, 4);
    const last = JSON.parse(logs.at(-1) ?? '{}');
    assert.deepEqual([last.message, last.outcome], ['outbound webhook given up', 'HTTP 400']);
    assert.equal(logs.some((line) => line.includes(SECRET)), false);
  });
});

describe('webhook verifier', () => {
  it('remembers a delivery id only while its timestamp is inside the window, where a replay would pass', () => {
    let now = NOW;
    const verify = createVerifier({ secret: SECRET, toleranceSeconds: 300, now: () => now });
    const body = Buffer.from('{}');
    /** @param {string} id */
    const headersFor = (id, at = NOW) => {
      const timestamp = String(Math.floor(at / 1000));
      return { [HEADERS.id]: id, [HEADERS.timestamp]: timestamp, [HEADERS.signature]: sign(SECRET, id, timestamp, body) };
    };
    assert.deepEqual(verify(headersFor('a'), body), { ok: true });
    assert.deepEqual(verify(headersFor('a'), body), { ok: false, reason: 'delivery id already used' });
    now += 301_000;
    assert.deepEqual(verify(headersFor('a'), body), { ok: false, reason: 'timestamp outside the allowed window' });
    assert.deepEqual(verify(headersFor('b', now), body), { ok: true });
  });
});

describe('webhook configuration', () => {
  it('requires the secret and never repeats it in an error', () => {
    assert.throws(() => readConfig(new EnvReader({})), /^ConfigError: Missing WEBHOOK_SECRET: /);
    assert.throws(
      () => readConfig(new EnvReader({ WEBHOOK_SECRET: SECRET, WEBHOOK_OUTBOUND_URL: 'ftp://example.com' })),
      (error) => error instanceof ConfigError && /WEBHOOK_OUTBOUND_URL/.test(error.message) && !error.message.includes(SECRET),
    );
    assert.equal(readConfig(new EnvReader({ WEBHOOK_SECRET: SECRET })).outboundUrl, undefined);
  });
});
