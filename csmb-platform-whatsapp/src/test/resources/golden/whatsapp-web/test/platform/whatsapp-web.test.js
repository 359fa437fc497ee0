// @ts-check
// WhatsApp Web cannot be faked: whatsapp-web.js runs WhatsApp's own web app in Chromium and talks to it through
// Puppeteer, and that app needs WhatsApp's servers and a linked phone. So these tests drive the adapter's handlers with
// the library's own objects instead: a real Client (never initialized, so no browser starts) whose events the adapter
// subscribed to, real Message objects built from WhatsApp Web's message data, and the Client's sendMessage recorded.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import wwebjs from 'whatsapp-web.js';
import { createLogger } from '../../src/core/logger.js';
import { createRuntime } from '../../src/core/runtime.js';
import { openStore } from '../../src/core/stores/index.js';
import { createAdapter } from '../../src/platform/adapter.js';
import { loadTestConfig, transcriptReply } from '../support/env.js';

/**
 * The library's Message class, which builds a message from WhatsApp Web's data as the Client does. Its typings
 * declare Message as an interface only, so the constructor is typed here.
 */
const Message = /** @type {new (client: import('whatsapp-web.js').Client, data: object) => import('whatsapp-web.js').Message} */ (
  /** @type {any} */ (wwebjs).Message
);

const ALICE = '4915110000001@c.us';
const BOB = '4915110000002@c.us';

/**
 * @typedef {object} Sent
 * @property {string} to
 * @property {string} text
 */

/** @type {string} */
let dir;
let counter = 0;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'whatsapp-web-test-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * The core and the adapter on a SQLite file, with a real whatsapp-web.js Client whose sendMessage is recorded.
 * @param {string} database
 * @param {Record<string, string>} [env]
 */
async function startBot(database, env = {}) {
  const config = loadTestConfig({ SESSION_STORE: 'sqlite', SQLITE_PATH: database, WHATSAPP_AUTH_DIR: join(dir, 'auth'), ATTACHMENTS_DIR: join(dir, 'attachments'), ...env });
  const logger = createLogger({ level: 'error' });
  const store = await openStore(config.store);
  const runtime = await createRuntime({ config, store, logger, reply: transcriptReply });
  const client = new wwebjs.Client({ authStrategy: new wwebjs.LocalAuth({ dataPath: config.platform.authDir }) });
  /** @type {Sent[]} */
  const sent = [];
  client.sendMessage = /** @type {any} */ (async (/** @type {string} */ to, /** @type {string} */ text) => void sent.push({ to, text }));
  /** @type {string[]} */
  const qr = [];
  let ended = 0;
  const adapter = createAdapter({ config, chat: runtime.chat, commands: runtime.commands, logger, runtime, client, showQr: (text) => qr.push(text), onEnd: () => (ended += 1) });
  return {
    client,
    adapter,
    store,
    sent,
    qr,
    ended: () => ended,
    /**
     * Emits a message as whatsapp-web.js does and waits for its answers.
     * @param {Record<string, unknown>} data
     */
    async receive(data) {
      const message = new Message(client, { id: { fromMe: false, remote: data.from, id: `3EB0${(counter += 1)}`, _serialized: `x_${counter}` }, type: 'chat', t: 1_700_000_000, ...data });
      client.emit('message', message);
      await adapter.settled();
      return message;
    },
    async stop() {
      await adapter.stop();
      await runtime.stop();
      await store.close();
    },
  };
}

describe('whatsapp-web.js adapter', { timeout: 20_000 }, () => {
  it('answers a message in its chat, runs commands, and keeps /history after a restart', async () => {
    const database = join(dir, 'history.db');
    const first = await startBot(database);
    try {
      await first.receive({ from: ALICE, body: 'hello from the phone' });
      assert.equal(first.sent.length, 1);
      assert.equal(first.sent[0].to, ALICE);
      assert.match(first.sent[0].text, /hello from the phone/);
      await first.receive({ from: ALICE, body: '/help' });
      assert.match(first.sent[1].text, /\/history/);
    } finally {
      await first.stop();
    }
    const second = await startBot(database);
    try {
      await second.receive({ from: ALICE, body: '/history' });
      assert.match(second.sent[0].text, /hello from the phone/);
    } finally {
      await second.stop();
    }
  });

  it('ignores its own messages and status updates, and keeps users apart, also in a group', async () => {
    const bot = await startBot(join(dir, 'users.db'));
    try {
      await bot.receive({ from: ALICE, body: 'mine', id: { fromMe: true, remote: ALICE, id: 'own', _serialized: 'own' } });
      await bot.receive({ from: 'status@broadcast', author: BOB, body: 'a status' });
      assert.equal(bot.sent.length, 0);
      const group = '120363000000000001@g.us';
      await Promise.all([
        bot.receive({ from: group, author: ALICE, body: 'I am terminal:local' }),
        bot.receive({ from: group, author: BOB, body: 'from bob' }),
      ]);
      assert.equal(bot.sent.length, 2);
      assert.ok(bot.sent.every((m) => m.to === group));
      const alice = await bot.store.listSessions({ userId: `whatsapp:${ALICE}`, channelId: `whatsapp:${group}` });
      const bob = await bot.store.listSessions({ userId: `whatsapp:${BOB}`, channelId: `whatsapp:${group}` });
      assert.equal(alice.length, 1);
      assert.equal(bob.length, 1);
      assert.notEqual(alice[0].id, bob[0].id);
      assert.deepEqual(await bot.store.listSessions({ userId: 'terminal:local', channelId: 'terminal:local' }), []);
    } finally {
      await bot.stop();
    }
  });

  it('shows the QR code and ends when WhatsApp logs the device out', async () => {
    const bot = await startBot(join(dir, 'qr.db'));
    try {
      bot.client.emit('qr', '2@abcdefghijklmnop,qrstuvwxyz0123456789,ABCDEFGH=');
      assert.equal(bot.qr.length, 1);
      assert.match(bot.qr[0], /[▀▄█]/);
      bot.client.emit('disconnected', 'LOGOUT');
      assert.equal(bot.ended(), 1);
    } finally {
      await bot.stop();
    }
  });

  it('stores a received file in the session and refuses one over the size limit', async () => {
    const bot = await startBot(join(dir, 'media.db'), { ATTACHMENT_MAX_BYTES: '100' });
    try {
      const withMedia = async (/** @type {Buffer} */ bytes, /** @type {string} */ caption) => {
        const message = new Message(bot.client, { id: { fromMe: false, remote: ALICE, id: `M${(counter += 1)}`, _serialized: `m_${counter}` }, type: 'image', from: ALICE, directPath: '/v/t62', caption, t: 1_700_000_000 });
        message.downloadMedia = async () => new wwebjs.MessageMedia('image/png', bytes.toString('base64'), 'photo.png', bytes.length);
        bot.client.emit('message', message);
        await bot.adapter.settled();
      };
      await withMedia(Buffer.from('PNG tiny!'), 'what is this?');
      await withMedia(Buffer.alloc(500, 1), '');
      assert.equal(bot.sent.length, 2);
      assert.match(bot.sent[0].text, /Attached photo\.png \(9 bytes\)[^]*what is this\?/);
      assert.match(bot.sent[1].text, /limit is 100 bytes/);
      const [session] = await bot.store.listSessions({ userId: `whatsapp:${ALICE}`, channelId: `whatsapp:${ALICE}` });
      const messages = await bot.store.listMessages(session.id, 10);
      assert.equal(messages[0].attachment?.name, 'photo.png');
    } finally {
      await bot.stop();
    }
  });
});
