// @ts-check
import assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { HOST_CHANNEL } from '../../src/core/commands.js';
import { createLogger } from '../../src/core/logger.js';
import { createRuntime } from '../../src/core/runtime.js';
import { createMemoryStore } from '../../src/core/stores/memory.js';
import { reply } from '../../src/reply.js';
import { loadTestConfig } from '../support/env.js';

const NOT_HERE = 'is not available here. Type /help to see the commands you can use.';

describe('trust boundaries', () => {
  /** @type {string} */
  let dir;
  /** @type {Awaited<ReturnType<typeof createRuntime>>} */
  let bot;

  before(async () => {
    dir = await fs.mkdtemp(join(tmpdir(), 'trust-'));
    bot = await createRuntime({
      config: loadTestConfig({
        // The terminal's user and an admin of the terminal; and an admin of the webhook channel.
        CLI_USER: 'local',
        ADMIN_USERS: 'terminal:local, terminal:root, webhook:ops',
      }),
      store: createMemoryStore(),
      logger: createLogger({ level: 'error' }),
      reply,
    });
  });
  after(async () => {
    await bot?.stop();
    await fs.rm(dir, { recursive: true, force: true });
  });

  /**
   * A message from the terminal.
   * @param {string} text
   */
  const fromTerminal = async (text) =>
    (await bot.chat.handle({ channel: HOST_CHANNEL, userId: 'local', channelId: 'terminal', text })).join('\n');

  /**
   * A message from another channel, as a chat platform or an inbound webhook hands it over, naming whatever user and
   * conversation it likes.
   * @param {string} userId
   * @param {string} text
   */
  const fromWebhook = async (userId, text) =>
    (await bot.chat.handle({ channel: 'webhook', userId, channelId: 'terminal', text })).join('\n');

  it('runs a command only where its declared access allows it, and lists it in /help only there', async () => {
    bot.commands.register({
      name: 'hostonly',
      description: 'Touches the host',
      access: { channels: [HOST_CHANNEL] },
      run: () => 'done on the host',
    });
    assert.equal(await fromTerminal('/hostonly'), 'done on the host');
    assert.equal(await fromWebhook('local', '/hostonly'), `/hostonly ${NOT_HERE}`);
    assert.match(await fromTerminal('/help'), /\/hostonly/);
    assert.doesNotMatch(await fromWebhook('local', '/help'), /\/hostonly/);
  });

  it("keeps a caller who names the terminal's user out of the terminal's sessions", async () => {
    assert.match(await fromTerminal('my private note'), /^Started session/);
    const history = await fromWebhook('local', '/history');
    assert.doesNotMatch(history, /private note/);
    assert.match(await fromWebhook('local', '/sessions'), /No sessions yet/);
    assert.match(await fromWebhook('local', 'hello from outside'), /^Started session/);
    const [terminal] = await bot.store.listSessions({ userId: 'terminal:local', channelId: 'terminal:terminal' });
    assert.equal(terminal.messageCount, 2, "the terminal's session got nothing from the other channel");
    const [outside] = await bot.store.listSessions({ userId: 'webhook:local', channelId: 'webhook:terminal' });
    assert.equal(outside.messageCount, 2, 'the caller has sessions of its own, under its channel');
  });
});
