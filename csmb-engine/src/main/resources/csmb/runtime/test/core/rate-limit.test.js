// @ts-check
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLogger } from '../../src/core/logger.js';
import { limiterOptions } from '../../src/core/rate-limit.js';
import { createRuntime } from '../../src/core/runtime.js';
import { createMemoryStore } from '../../src/core/stores/memory.js';
import { loadTestConfig } from '../support/env.js';

const url = process.env.REDIS_URL;
const skip = url ? false : 'REDIS_URL is not set (e.g. redis://127.0.0.1:6379): the shared limit needs a Redis server';

describe('rate limit', () => {
  it('allows a burst per window, the window as long as the average rate needs for it', () => {
    assert.deepEqual(limiterOptions({ perMinute: 30, burst: 10 }), { points: 10, duration: 20 });
    assert.deepEqual(limiterOptions({ perMinute: 6, burst: 2 }), { points: 2, duration: 20 });
    assert.deepEqual(limiterOptions({ perMinute: 600, burst: 1 }), { points: 1, duration: 1 });
  });

  it('holds across two instances on one Redis', { skip }, async () => {
    const config = loadTestConfig({
      REDIS_URL: url,
      REDIS_KEY_PREFIX: `rate-limit-test-${process.pid}-${Date.now()}:`,
      RATE_LIMIT_STORE: 'redis',
      RATE_LIMIT_PER_MINUTE: '1',
      RATE_LIMIT_BURST: '2',
    });
    const logger = createLogger({ level: 'error' });
    /** @type {import('../../src/core/chat.js').ReplyFunction} */
    const reply = async ({ text }) => `echo ${text}`;
    const first = await createRuntime({ config, store: createMemoryStore(), logger, reply });
    const second = await createRuntime({ config, store: createMemoryStore(), logger, reply });
    try {
      /** @param {typeof first} bot */
      const say = async (bot, userId = 'alice') => (await bot.chat.handle({ channel: 'terminal', userId, channelId: 'c', text: 'hi' })).join('\n');
      assert.doesNotMatch(await say(first), /faster/);
      assert.doesNotMatch(await say(second), /faster/);
      assert.match(await say(first), /faster than I can take them/, 'the second instance used up the shared limit');
      assert.match(await say(second), /faster than I can take them/);
      assert.doesNotMatch(await say(second, 'bob'), /faster/);
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
  });
});
