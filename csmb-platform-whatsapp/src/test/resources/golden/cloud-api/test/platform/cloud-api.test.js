// @ts-check
// The real adapter on the real HTTP server (loopback, port 0), Meta's payload shapes in, and a small fake of the Graph
// API (the endpoints the adapter calls, with the Cloud API's request and answer shapes) recording what the bot sends.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { createLogger } from '../../src/core/logger.js';
import { createRuntime } from '../../src/core/runtime.js';
import { openStore } from '../../src/core/stores/index.js';
import { createAdapter } from '../../src/platform/adapter.js';
import { WEBHOOK_PATH, signatureOf } from '../../src/platform/webhook.js';
import { loadTestConfig, transcriptReply } from '../support/env.js';

const APP_SECRET = 'app-secret-never-logged';
const ACCESS_TOKEN = 'access-token-never-logged';
const VERIFY_TOKEN = 'verify-token-never-logged';
const PHONE_NUMBER_ID = '106540352242922';
const ALICE = '16505550001';
const BOB = '16505550002';

/**
 * @typedef {object} Sent
 * @property {string} to
 * @property {string} text
 */

/**
 * @typedef {object} MediaFile
 * @property {Buffer} bytes
 * @property {string} type
 */

/**
 * A fake of the Graph API endpoints the adapter calls: POST /<phone-number-id>/messages, GET /<media-id> and the
 * download URL that answer gives. It checks the bearer token like Meta and answers Meta's shapes.
 */
async function startFakeGraph() {
  /** @type {Sent[]} */
  const sent = [];
  /** @type {string[]} */
  const downloads = [];
  /** @type {Map<string, MediaFile>} */
  const media = new Map();
  const server = createServer(async (request, response) => {
    const chunks = [];
    for await (const chunk of request) chunks.push(chunk);
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const json = (/** @type {number} */ status, /** @type {unknown} */ body) =>
      void response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (request.headers.authorization !== `Bearer ${ACCESS_TOKEN}`) {
      return json(401, { error: { message: 'Invalid OAuth access token.', type: 'OAuthException', code: 190 } });
    }
    if (request.method === 'POST' && path === `/v26.0/${PHONE_NUMBER_ID}/messages`) {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      assert.equal(body.messaging_product, 'whatsapp');
      assert.equal(body.type, 'text');
      sent.push({ to: body.to, text: body.text.body });
      return json(200, { messaging_product: 'whatsapp', contacts: [{ input: body.to, wa_id: body.to }], messages: [{ id: `wamid.out${sent.length}` }] });
    }
    const file = media.get(path.split('/').pop() ?? '');
    if (request.method === 'GET' && path.startsWith('/download/') && file) {
      downloads.push(path);
      return void response.writeHead(200, { 'content-type': file.type }).end(file.bytes);
    }
    if (request.method === 'GET' && file) {
      const id = path.split('/').pop();
      return json(200, { messaging_product: 'whatsapp', url: `${url}/download/${id}`, mime_type: file.type, sha256: 'x', file_size: file.bytes.length, id });
    }
    json(404, { error: { message: 'Unknown path', code: 100 } });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const url = `http://127.0.0.1:${address.port}`;
  return { url: `${url}/v26.0`, sent, downloads, media, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** @type {Awaited<ReturnType<typeof startFakeGraph>>} */
let graph;
/** @type {string} */
let dir;
let counter = 0;

before(async () => {
  graph = await startFakeGraph();
  dir = await mkdtemp(join(tmpdir(), 'whatsapp-test-'));
});
after(async () => {
  await graph.close();
  await rm(dir, { recursive: true, force: true });
});

/**
 * Starts the bot's core, adapter and HTTP server on a SQLite file, as src/index.js does.
 * @param {string} database
 * @param {Record<string, string>} [env]
 */
async function startBot(database, env = {}) {
  const config = loadTestConfig({
    SESSION_STORE: 'sqlite',
    SQLITE_PATH: database,
    WHATSAPP_ACCESS_TOKEN: ACCESS_TOKEN,
    WHATSAPP_APP_SECRET: APP_SECRET,
    WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN,
    WHATSAPP_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
    WHATSAPP_GRAPH_API_URL: graph.url,
    ATTACHMENTS_DIR: join(dir, 'attachments'),
    ...env,
  });
  const logs = new PassThrough();
  let logText = '';
  logs.on('data', (chunk) => (logText += chunk));
  const logger = createLogger({ level: 'debug', stream: logs });
  const store = await openStore(config.store);
  const runtime = await createRuntime({ config, store, logger, reply: transcriptReply });
  const adapter = createAdapter({ config, chat: runtime.chat, commands: runtime.commands, logger, runtime, onEnd() {} });
  const port = await runtime.http.listen(0);
  await adapter.start();
  return {
    url: `http://127.0.0.1:${port}${WEBHOOK_PATH}`,
    adapter,
    store,
    logs: () => logText,
    async stop() {
      await runtime.http.close();
      await adapter.stop();
      await runtime.stop();
      await store.close();
    },
  };
}

/**
 * A webhook body as Meta sends it for one text message.
 * @param {string} from
 * @param {string} text
 * @param {object} [options]
 * @param {string} [options.id]
 * @param {number} [options.sentAt] epoch milliseconds
 */
function textEvent(from, text, { id = `wamid.in${(counter += 1)}`, sentAt = Date.now() } = {}) {
  return messageEvent({ from, id, timestamp: String(Math.floor(sentAt / 1000)), type: 'text', text: { body: text } });
}

/** @param {Record<string, unknown>} message */
function messageEvent(message) {
  return {
    object: 'whatsapp_business_account',
    entry: [{
      id: '102290129340398',
      changes: [{
        field: 'messages',
        value: {
          messaging_product: 'whatsapp',
          metadata: { display_phone_number: '15550783881', phone_number_id: PHONE_NUMBER_ID },
          contacts: [{ profile: { name: 'Someone' }, wa_id: message.from }],
          messages: [message],
        },
      }],
    }],
  };
}

/**
 * Posts a body signed like Meta does (or with the signature given).
 * @param {string} url
 * @param {unknown} event
 * @param {string} [signature]
 */
async function deliver(url, event, signature) {
  const body = Buffer.from(JSON.stringify(event));
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature ?? signatureOf(APP_SECRET, body) },
    body,
    signal: AbortSignal.timeout(5000),
  });
  await response.body?.cancel();
  return response.status;
}

/** The texts sent to one user since `from` (an index into the fake's log). */
const sentTo = (/** @type {string} */ user, from = 0) => graph.sent.slice(from).filter((m) => m.to === user).map((m) => m.text);

describe('WhatsApp Cloud API webhook', { timeout: 20_000 }, () => {
  it('answers Meta\'s verification with the challenge only for the right verify token', async () => {
    const bot = await startBot(join(dir, 'verify.db'));
    try {
      const query = (/** @type {string} */ token) =>
        `${bot.url}?hub.mode=subscribe&hub.verify_token=${encodeURIComponent(token)}&hub.challenge=1158201444`;
      const right = await fetch(query(VERIFY_TOKEN), { signal: AbortSignal.timeout(5000) });
      assert.equal(right.status, 200);
      assert.equal(await right.text(), '1158201444');
      const wrong = await fetch(query('guessed'), { signal: AbortSignal.timeout(5000) });
      await wrong.body?.cancel();
      assert.equal(wrong.status, 403);
      assert.doesNotMatch(bot.logs(), new RegExp(VERIFY_TOKEN));
    } finally {
      await bot.stop();
    }
  });

  it('answers a correctly signed message through the Graph API, and refuses a wrongly signed one with 401', async () => {
    const bot = await startBot(join(dir, 'signed.db'));
    try {
      const start = graph.sent.length;
      assert.equal(await deliver(bot.url, textEvent(ALICE, 'hello there')), 200);
      await bot.adapter.settled();
      const replies = sentTo(ALICE, start);
      assert.equal(replies.length, 1);
      assert.match(replies[0], /hello there/);

      const forged = textEvent(ALICE, 'forged');
      assert.equal(await deliver(bot.url, forged, signatureOf('not-the-app-secret', Buffer.from(JSON.stringify(forged)))), 401);
      assert.equal(await deliver(bot.url, forged, 'sha256=00'), 401);
      await bot.adapter.settled();
      assert.deepEqual(sentTo(ALICE, start), replies);
      assert.match(bot.logs(), /whatsapp webhook refused/);
      assert.match(bot.logs(), /X-Hub-Signature-256 mismatch/);
      for (const secret of [APP_SECRET, ACCESS_TOKEN, VERIFY_TOKEN]) assert.doesNotMatch(bot.logs(), new RegExp(secret));
    } finally {
      await bot.stop();
    }
  });

  it('answers a redelivered message once, also after a restart on the same database; /history survives too', async () => {
    const database = join(dir, 'redelivery.db');
    const event = textEvent(BOB, 'only once please');
    const start = graph.sent.length;
    const first = await startBot(database);
    try {
      assert.equal(await deliver(first.url, event), 200);
      assert.equal(await deliver(first.url, event), 200);
      await first.adapter.settled();
      assert.equal(sentTo(BOB, start).length, 1);
    } finally {
      await first.stop();
    }
    const second = await startBot(database);
    try {
      assert.equal(await deliver(second.url, event), 200);
      await second.adapter.settled();
      assert.equal(sentTo(BOB, start).length, 1, 'a redelivery after the restart is not answered again');
      assert.equal(await deliver(second.url, textEvent(BOB, '/history')), 200);
      await second.adapter.settled();
      const history = sentTo(BOB, start);
      assert.equal(history.length, 2);
      assert.match(history[1], /only once please/);
    } finally {
      await second.stop();
    }
  });

  it('keeps two users writing at once in their own sessions, under their WhatsApp ids', async () => {
    const bot = await startBot(join(dir, 'two-users.db'));
    try {
      const start = graph.sent.length;
      const statuses = await Promise.all([
        deliver(bot.url, textEvent(ALICE, 'I am terminal:local and an admin')),
        deliver(bot.url, textEvent(BOB, 'from bob')),
        deliver(bot.url, textEvent(ALICE, 'second from alice')),
      ]);
      assert.deepEqual(statuses, [200, 200, 200]);
      await bot.adapter.settled();
      assert.equal(sentTo(ALICE, start).length, 2);
      assert.equal(sentTo(BOB, start).length, 1);
      const alice = await bot.store.listSessions({ userId: `whatsapp:${ALICE}`, channelId: `whatsapp:${ALICE}` });
      const bob = await bot.store.listSessions({ userId: `whatsapp:${BOB}`, channelId: `whatsapp:${BOB}` });
      assert.equal(alice.length, 1);
      assert.equal(bob.length, 1);
      assert.notEqual(alice[0].id, bob[0].id);
      // What Alice wrote did not make her the terminal's user: that scope has no session.
      assert.deepEqual(await bot.store.listSessions({ userId: 'terminal:local', channelId: 'terminal:local' }), []);
    } finally {
      await bot.stop();
    }
  });

  it('runs commands and ignores messages for another business number', async () => {
    const bot = await startBot(join(dir, 'commands.db'));
    try {
      const start = graph.sent.length;
      assert.equal(await deliver(bot.url, textEvent(ALICE, '/help')), 200);
      const other = textEvent(BOB, 'to another number');
      other.entry[0].changes[0].value.metadata.phone_number_id = '999';
      assert.equal(await deliver(bot.url, other), 200);
      await bot.adapter.settled();
      assert.match(sentTo(ALICE, start)[0], /\/history/);
      assert.deepEqual(sentTo(BOB, start), []);
      assert.match(bot.logs(), /whatsapp messages for another number ignored/);
    } finally {
      await bot.stop();
    }
  });

  it('logs a template-message hint instead of replying outside the 24-hour window', async () => {
    const bot = await startBot(join(dir, 'window.db'));
    try {
      const start = graph.sent.length;
      const dayAndAHalfAgo = Date.now() - 36 * 60 * 60 * 1000;
      assert.equal(await deliver(bot.url, textEvent(ALICE, 'late redelivery', { sentAt: dayAndAHalfAgo })), 200);
      await bot.adapter.settled();
      assert.deepEqual(sentTo(ALICE, start), []);
      assert.match(bot.logs(), /24-hour customer-service window.*template/);
    } finally {
      await bot.stop();
    }
  });

  it('stores a received image through the media endpoints, and refuses a file over the size limit before downloading it', async () => {
    const bot = await startBot(join(dir, 'media.db'), { ATTACHMENT_MAX_BYTES: '1000' });
    try {
      const start = graph.sent.length;
      graph.media.set('media-small', { bytes: Buffer.from('PNG small image!'), type: 'image/png' });
      graph.media.set('media-big', { bytes: Buffer.alloc(5000, 1), type: 'image/png' });
      const image = (/** @type {string} */ id) =>
        messageEvent({ from: ALICE, id: `wamid.${id}`, timestamp: String(Math.floor(Date.now() / 1000)), type: 'image', image: { id, mime_type: 'image/png', sha256: 'x' } });
      assert.equal(await deliver(bot.url, image('media-small')), 200);
      await bot.adapter.settled();
      assert.equal(await deliver(bot.url, image('media-big')), 200);
      await bot.adapter.settled();
      const replies = sentTo(ALICE, start);
      assert.match(replies[0], /Attached image-\S+\.png \(16 bytes\)/);
      assert.match(replies[1], /limit is 1000 bytes/);
      assert.deepEqual(graph.downloads, ['/download/media-small']);
      const [session] = await bot.store.listSessions({ userId: `whatsapp:${ALICE}`, channelId: `whatsapp:${ALICE}` });
      const messages = await bot.store.listMessages(session.id, 10);
      assert.equal(messages[0].attachment?.size, 16);
      assert.equal(messages[0].attachment?.type, 'image/png');
    } finally {
      await bot.stop();
    }
  });

  it('answers a message delivered to two instances sharing Redis once', { skip: process.env.REDIS_URL ? false : 'REDIS_URL is not set: no Redis server to share' }, async () => {
    const env = { SESSION_STORE: 'redis', REDIS_URL: process.env.REDIS_URL ?? '', REDIS_KEY_PREFIX: `whatsapp-test-${process.pid}-${Date.now()}:` };
    const one = await startBot(join(dir, 'unused-one.db'), env);
    const two = await startBot(join(dir, 'unused-two.db'), env);
    try {
      const start = graph.sent.length;
      const event = textEvent(BOB, 'to both instances');
      assert.deepEqual(await Promise.all([deliver(one.url, event), deliver(two.url, event)]), [200, 200]);
      await Promise.all([one.adapter.settled(), two.adapter.settled()]);
      assert.equal(sentTo(BOB, start).length, 1);
    } finally {
      await one.stop();
      await two.stop();
    }
  });
});
