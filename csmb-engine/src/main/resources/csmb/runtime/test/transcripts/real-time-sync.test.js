// @ts-check
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadTestConfig, transcriptReply as reply } from '../support/env.js';
import { createLogger } from '../../src/core/logger.js';
import { fromAnotherInstance } from '../../src/core/real-time-sync.js';
import { createRuntime } from '../../src/core/runtime.js';
import { createMemoryStore } from '../../src/core/stores/memory.js';

const url = process.env.REDIS_URL;
const skip = url ? false : 'set REDIS_URL (e.g. redis://localhost:6379) to run two instances against a Redis server';

/**
 * A sessionStarted event as one instance saw it.
 * @typedef {object} Seen
 * @property {string} on which instance
 * @property {import('../../src/core/types.js').Session} session
 * @property {boolean} remote whether it came from the other instance
 */

/**
 * Waits until `check` holds, for up to two seconds.
 * @param {() => boolean} check
 */
async function eventually(check) {
  for (let waited = 0; !check() && waited < 2000; waited += 20) await new Promise((r) => setTimeout(r, 20));
  assert.ok(check(), 'condition not met within 2 s');
}

describe('real-time sync transcript', { skip }, () => {
  it('lets a second instance see the session a user starts on the first, without echoes', async () => {
    // Both instances share the channel through one prefix; each has its own store and Redis connections.
    const config = loadTestConfig({ REDIS_URL: url, REDIS_KEY_PREFIX: `sync-test-${process.pid}-${Date.now()}:` });
    const logger = createLogger({ level: 'error' });
    const first = await createRuntime({ config, store: createMemoryStore(), logger, reply });
    const second = await createRuntime({ config, store: createMemoryStore(), logger, reply });
    try {
      /** @type {Seen[]} */
      const seen = [];
      for (const [on, bot] of /** @type {const} */ ([['first', first], ['second', second]])) {
        bot.events.on('sessionStarted', (event) => void seen.push({ on, ...event, remote: fromAnotherInstance(event) }));
      }

      const replies = await first.chat.handle({ userId: 'alice', channelId: 'terminal', text: 'hello' });
      assert.match(replies.join('\n'), /^Started session/);
      await eventually(() => seen.some((e) => e.on === 'second'));
      await new Promise((r) => setTimeout(r, 100)); // time for an echo to arrive, if one were sent

      const [mine] = await first.store.listSessions({ userId: 'alice', channelId: 'terminal' });
      assert.deepEqual(
        seen.map(({ on, session, remote }) => ({ on, id: session.id, userId: session.userId, remote })),
        [
          { on: 'first', id: mine?.id, userId: 'alice', remote: false },
          { on: 'second', id: mine?.id, userId: 'alice', remote: true },
        ],
      );
      assert.deepEqual(await second.store.listSessions({ userId: 'alice', channelId: 'terminal' }), []);
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
  });
});

describe('real-time sync without Redis', () => {
  it('lets the bot chat on its own while Redis cannot be reached', async () => {
    /** @type {string[]} */
    const logs = [];
    const bot = await createRuntime({
      config: loadTestConfig({ REDIS_URL: 'redis://127.0.0.1:1' }),
      store: createMemoryStore(),
      logger: createLogger({ level: 'warn', stream: { write: (line) => void logs.push(line) } }),
      reply,
    });
    try {
      const replies = await bot.chat.handle({ userId: 'alice', channelId: 'terminal', text: 'hello' });
      assert.match(replies.join('\n'), /^Started session/);
      await eventually(() => logs.some((line) => line.includes('real-time sync: redis connection problem')));
    } finally {
      await bot.stop();
    }
  });
});

describe('real-time sync settings', () => {
  it('needs REDIS_URL when sessions are not kept in Redis', () => {
    assert.throws(() => loadTestConfig({ SESSION_STORE: 'memory', REDIS_URL: undefined }), {
      message:
        'Missing REDIS_URL: set it to the Redis server real-time sync publishes on, e.g. redis://localhost:6379 (see .env.example).',
    });
  });
});
