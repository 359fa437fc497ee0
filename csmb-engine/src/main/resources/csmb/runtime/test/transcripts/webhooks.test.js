// @ts-check
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { createLogger } from '../../src/core/logger.js';
import { createRuntime } from '../../src/core/runtime.js';
import { createMemoryStore } from '../../src/core/stores/memory.js';
import { HEADERS, sign } from '../../src/core/webhooks.js';
import { loadTestConfig, transcriptReply as reply } from '../support/env.js';


const SECRET = 'transcript-secret-0b8e41';

describe('webhooks transcript', () => {
  /** @type {any[]} session events as received */
  const outbound = [];
  const target = createServer((request, response) => {
    /** @type {Buffer[]} */
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const id = String(request.headers[HEADERS.id]);
      const timestamp = String(request.headers[HEADERS.timestamp]);
      const valid = request.headers[HEADERS.signature] === sign(SECRET, id, timestamp, body);
      if (valid) outbound.push(JSON.parse(body.toString('utf8')));
      response.writeHead(valid ? 204 : 401).end();
    });
  });
  /** @type {string[]} */
  const logs = [];
  /** @type {Awaited<ReturnType<typeof createRuntime>>} */
  let bot;
  let inbound = '';

  before(async () => {
    await new Promise((resolve) => target.listen(0, '127.0.0.1', () => resolve(undefined)));
    const address = target.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    bot = await createRuntime({
      config: loadTestConfig({ WEBHOOK_SECRET: SECRET, WEBHOOK_OUTBOUND_URL: `http://127.0.0.1:${port}/events` }),
      store: createMemoryStore(),
      logger: createLogger({ level: 'info', stream: { write: (line) => logs.push(line) } }),
      reply,
    });
    inbound = `http://127.0.0.1:${await bot.http.listen(0)}/webhooks`;
  });
  after(async () => {
    await bot?.http.close();
    await bot?.stop();
    await new Promise((resolve) => target.close(() => resolve(undefined)));
  });

  /**
   * @param {string} text
   * @param {string} [secret]
   */
  async function post(text, secret = SECRET) {
    const id = randomUUID();
    const timestamp = String(Math.floor(Date.now() / 1000));
    const body = JSON.stringify({ type: 'message', userId: 'crm', channelId: 'hooks', text });
    const response = await fetch(inbound, {
      method: 'POST',
      headers: { [HEADERS.id]: id, [HEADERS.timestamp]: timestamp, [HEADERS.signature]: sign(secret, id, timestamp, Buffer.from(body)) },
      body,
    });
    return { status: response.status, body: /** @type {any} */ (await response.json()) };
  }

  it('answers a signed message like a chat message, stores it and posts the session events signed', async () => {
    const first = await post('order 17 shipped');
    assert.equal(first.status, 200);
    assert.match(first.body.replies[0], /^Started session /);
    assert.equal(first.body.replies.length, 2);
    const [session] = await bot.store.listSessions({ userId: 'webhook:crm', channelId: 'webhook:hooks' });
    assert.equal(session.messageCount, 2);
    await bot.events.settled();
    // Events are posted concurrently, so they may arrive in any order.
    assert.deepEqual(outbound.map((event) => event.type).sort(), ['messageRecorded', 'messageRecorded', 'sessionStarted']);
    assert.ok(outbound.every((event) => event.session.userId === 'webhook:crm'));
  });

  it('refuses a forged one with 401, stores nothing and never logs the secret', async () => {
    const forged = await post('/end', 'guessed-secret');
    assert.deepEqual(forged, { status: 401, body: { error: 'signature mismatch' } });
    const [session] = await bot.store.listSessions({ userId: 'webhook:crm', channelId: 'webhook:hooks' });
    assert.equal(session.status, 'active');
    assert.ok(logs.some((line) => line.includes('signature mismatch')));
    assert.equal(logs.some((line) => line.includes(SECRET)), false);
  });
});
