// @ts-check
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadTestConfig, transcriptReply as reply } from '../support/env.js';
import { createLogger } from '../../src/core/logger.js';
import { createRuntime } from '../../src/core/runtime.js';
import { createMemoryStore } from '../../src/core/stores/memory.js';

describe('rate limit transcript', () => {
  it('answers a user over the limit politely and stores nothing of it; other users go on', async () => {
    const store = createMemoryStore();
    let next = 0;
    const bot = await createRuntime({
      config: loadTestConfig({ RATE_LIMIT_PER_MINUTE: '1', RATE_LIMIT_BURST: '2' }),
      store,
      logger: createLogger({ level: 'error' }),
      reply,
      newId: () => `${(next += 1)}`.padStart(8, '0'),
    });
    /** @param {string} text */
    const say = async (text, userId = 'alice') => (await bot.chat.handle({ channel: 'terminal', userId, channelId: 'c', text })).join('\n');
    try {
      await say('one');
      await say('two');
      assert.match(await say('three'), /^You are sending messages faster than I can take them\. Please wait \d+ seconds?/);
      assert.match(await say('/new'), /^You are sending messages faster/);
      const [session] = await store.listSessions({ userId: 'terminal:alice', channelId: 'terminal:c' });
      assert.equal(session?.messageCount, 4); // two messages and two answers; the refused ones are not stored
      assert.deepEqual(
        (await store.listMessages(session.id, 10)).filter((m) => m.role === 'user').map((m) => m.text),
        ['one', 'two'],
      );
      assert.doesNotMatch(await say('hi', 'bob'), /faster/);
    } finally {
      await bot.stop();
    }
  });
});
