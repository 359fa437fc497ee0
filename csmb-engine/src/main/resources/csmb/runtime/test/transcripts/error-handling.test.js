// @ts-check
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import pRetry from 'p-retry';
import { createLogger } from '../../src/core/logger.js';
import { createRuntime } from '../../src/core/runtime.js';
import { createMemoryStore } from '../../src/core/stores/memory.js';
import { loadTestConfig, transcriptReply as reply } from '../support/env.js';


describe('error-handling transcript', () => {
  it('answers a failure with an apology, logs it as structured JSON and keeps going', async () => {
    /** @type {string[]} */
    const logs = [];
    const store = createMemoryStore();
    let failures = 1;
    const bot = await createRuntime({
      config: loadTestConfig({}),
      store,
      logger: createLogger({ level: 'info', stream: { write: (line) => logs.push(line) } }),
      reply: async (input) => {
        const cause = Object.assign(new Error('reset'), { code: 'ECONNRESET' });
        if (failures-- > 0) throw new Error('model unreachable', { cause });
        return reply(input);
      },
      newId: () => 'abcdef12-session',
    });
    /** @param {string} text */
    const say = async (text) => (await bot.chat.handle({ channel: 'terminal', userId: 'alice', channelId: 'c', text })).join('\n');

    assert.equal(await say('first'), 'Sorry, something went wrong on my side. Please try again.');
    const entry = JSON.parse(logs.at(-1) ?? '{}');
    assert.equal(entry.level, 'error');
    assert.equal(entry.message, 'failed to handle a message');
    assert.equal(entry.userId, 'terminal:alice');
    assert.match(entry.time, /^\d{4}-\d\d-\d\dT/);
    assert.equal(entry.error.message, 'model unreachable');
    const { type, message, code } = entry.error.cause;
    assert.deepEqual({ type, message, code }, { type: 'Error', message: 'reset', code: 'ECONNRESET' });

    assert.match(await say('second'), /^You said "second" \(2 messages in this session so far\)/);
    assert.deepEqual(
      (await store.listMessages('abcdef12-session', 10)).map((m) => `${m.role}:${m.text.slice(0, 15)}`),
      ['user:first', 'user:second', 'bot:You said "secon'],
      'the failed message is kept, the next one is answered',
    );
    await bot.stop();
  });

  it('answers normally when a flaky call in reply() is wrapped in p-retry', async () => {
    let failures = 2;
    const flakyService = async () => {
      if (failures-- > 0) throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
      return 'the weather is fine';
    };
    /** @type {number[]} */
    const attempts = [];
    const bot = await createRuntime({
      config: loadTestConfig({}),
      store: createMemoryStore(),
      logger: createLogger({ level: 'error' }),
      reply: () => pRetry(flakyService, { retries: 3, minTimeout: 5, onFailedAttempt: (c) => void attempts.push(c.attemptNumber) }),
    });
    const replies = await bot.chat.handle({ channel: 'terminal', userId: 'alice', channelId: 'c', text: 'weather?' });
    assert.equal(replies.at(-1), 'the weather is fine');
    assert.deepEqual(attempts, [1, 2]);
    await bot.stop();
  });

  it('writes levels at or above the configured one and never writes secret-looking fields', () => {
    /** @type {string[]} */
    const lines = [];
    const logger = createLogger({ level: 'warn', stream: { write: (line) => lines.push(line) } });
    logger.info('hidden');
    logger.warn({ apiKey: 'sk-123', botToken: 'xoxb', user: 'alice' }, 'shown');
    assert.equal(lines.length, 1);
    const entry = JSON.parse(lines[0]);
    // pino adds the process id and host name, which tell instances apart in a shared log.
    assert.deepEqual({ ...entry, time: undefined, pid: undefined, hostname: undefined }, {
      time: undefined,
      pid: undefined,
      hostname: undefined,
      level: 'warn',
      message: 'shown',
      apiKey: '[redacted]',
      botToken: '[redacted]',
      user: 'alice',
    });
  });
});
