// @ts-check
// Direct messages, through the real adapter and twitter-api-v2 client against a local fake of the X API.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, describe, it } from 'node:test';
import { createLogger } from '../../src/core/logger.js';
import { createRuntime } from '../../src/core/runtime.js';
import { openStore } from '../../src/core/stores/index.js';
import { createAdapter } from '../../src/platform/adapter.js';
import { REQUIRED, loadTestConfig, transcriptReply } from '../support/env.js';
import { startFakeXApi } from './fake-x-api.js';

const DM_EVENTS = 'GET /2/dm_events';
const dir = mkdtempSync(join(tmpdir(), 'twitter-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const skip = false;
let stores = 0;
/** A store of its own for each test: a fresh SQLite file, which survives a bot's restart like the real one. */
const freshStore = () => ({ SESSION_STORE: 'sqlite', SQLITE_PATH: join(dir, `bot-${(stores += 1)}.db`) });

/** @typedef {Awaited<ReturnType<typeof startFakeXApi>>} FakeXApi */

/**
 * Runs `body` with a fresh fake X API and a way to start bots on it as src/index.js does (config, store, runtime,
 * adapter, polling every 25 ms), talking to the fake through the SDK's httpAgent. Bots still running at the end are
 * stopped before the fake closes, whatever happened.
 * @param {(fake: FakeXApi, startBot: (storeEnv: Record<string, string | undefined>) => Promise<Bot>) => Promise<void>} body
 */
async function withFake(body) {
  const fake = await startFakeXApi({ consumerKey: REQUIRED.TWITTER_API_KEY });
  /** @type {Set<Bot>} */
  const running = new Set();
  /** @param {Record<string, string | undefined>} storeEnv */
  async function startBot(storeEnv) {
    const config = loadTestConfig({ LOG_LEVEL: 'error', ...storeEnv });
    const store = await openStore(config.store);
    const logger = createLogger({ level: 'error' });
    const runtime = await createRuntime({ config, store, logger, reply: transcriptReply });
    const { chat, commands } = runtime;
    const adapter = createAdapter({
      config, chat, commands, logger, runtime, onEnd: () => undefined, httpAgent: fake.agent, pollIntervalMs: 25,
    });
    await adapter.start();
    /** @type {Bot} */
    const bot = {
      store,
      async stop() {
        running.delete(bot);
        await adapter.stop();
        await runtime.stop();
        await store.close();
      },
    };
    running.add(bot);
    return bot;
  }
  try {
    await body(fake, startBot);
  } finally {
    for (const bot of running) await bot.stop();
    await fake.close();
  }
}

/**
 * @typedef {object} Bot
 * @property {import('../../src/core/types.js').Store} store
 * @property {() => Promise<void>} stop
 */

/**
 * Waits until `condition` holds, at most `ms`.
 * @param {() => boolean} condition
 * @param {string} what
 * @param {number} [ms]
 */
async function waitFor(condition, what, ms = 5000) {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/**
 * Lets the bot poll `times` more times, so an answer given twice would have shown up.
 * @param {FakeXApi} fake
 * @param {number} times
 */
async function pollsMore(fake, times) {
  const seen = fake.count(DM_EVENTS);
  await waitFor(() => fake.count(DM_EVENTS) >= seen + times, `${times} more polls`);
}

describe('Twitter/X direct messages', { timeout: 30_000 }, () => {
  it('answers each direct message once, in its conversation, and nothing again after a restart', { skip }, () =>
    withFake(async (fake, startBot) => {
      const storeEnv = freshStore();
      fake.directMessage('2001', 'written before the bot ever ran');
      const first = await startBot(storeEnv);
      await waitFor(() => fake.count(DM_EVENTS) >= 1, 'the first poll');
      const hello = fake.directMessage('2001', 'hello');
      const help = fake.directMessage('2002', '/help');
      await waitFor(() => fake.sentMessages().length >= 2, 'two answers');
      await pollsMore(fake, 3);
      await first.stop();

      const second = await startBot(storeEnv);
      await pollsMore(fake, 3);
      const again = fake.directMessage('2001', 'again');
      await waitFor(() => fake.sentMessages().length >= 3, 'the answer after the restart');
      await pollsMore(fake, 3);
      await second.stop();

      const sent = fake.sentMessages();
      assert.equal(sent.length, 3, 'one answer per message, none for older ones or for what the bot sent');
      assert.equal(sent[0].dm_conversation_id, hello.dm_conversation_id);
      assert.match(sent[0].text, /You said "hello" \(1 message/);
      assert.equal(sent[1].dm_conversation_id, help.dm_conversation_id);
      assert.match(sent[1].text, /\/history/);
      assert.equal(sent[2].dm_conversation_id, again.dm_conversation_id);
      assert.match(sent[2].text, /You said "again" \(3 messages/);
    }));
});
