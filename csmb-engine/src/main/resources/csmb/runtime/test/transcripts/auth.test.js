// @ts-check
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLogger } from '../../src/core/logger.js';
import { createRuntime } from '../../src/core/runtime.js';
import { createMemoryStore } from '../../src/core/stores/memory.js';
import { loadTestConfig, transcriptReply as reply } from '../support/env.js';

/**
 * A memory store that counts every write, so a test can show that nothing was stored.
 * @returns {import('../../src/core/types.js').Store & { writes: string[] }}
 */
function countingStore() {
  const store = createMemoryStore();
  /** @type {string[]} */
  const writes = [];
  return {
    ...store,
    writes,
    async saveSession(session) {
      writes.push(`session ${session.userId}`);
      return store.saveSession(session);
    },
    async appendMessage(message) {
      writes.push(`message ${message.text}`);
      return store.appendMessage(message);
    },
    async activate(session) {
      writes.push(`active ${session.userId}`);
      return store.activate(session);
    },
    async setStatus(session, status, at) {
      writes.push(`${status} ${session.userId}`);
      return store.setStatus(session, status, at);
    },
    async recordMessage(message) {
      writes.push(`message ${message.text}`);
      return store.recordMessage(message);
    },
  };
}

describe('user-authentication transcript', () => {
  it('refuses users who are not allowed politely and stores nothing about them', async () => {
    const store = countingStore();
    /** @type {string[]} */
    const logs = [];
    let next = 0;
    const bot = await createRuntime({
      config: loadTestConfig({ ALLOWED_USERS: 'terminal:alice', ADMIN_USERS: 'terminal:root' }),
      store,
      logger: createLogger({ level: 'info', stream: { write: (line) => logs.push(line) } }),
      reply,
      now: () => Date.UTC(2025, 0, 1),
      newId: () => `${(next += 1)}`.padStart(8, '0'),
    });
    /** @param {string} text @param {string} userId */
    const say = async (text, userId) => (await bot.chat.handle({ channel: 'terminal', userId, channelId: 'c', text })).join('\n');
    const denied = 'Sorry, this bot is private. Ask its owner to give access to "terminal:mallory".';

    assert.equal(await say('hello', 'mallory'), denied);
    assert.equal(await say('/new', 'mallory'), denied, 'commands are refused too');
    assert.equal(await say('/sessions', 'mallory'), denied);
    assert.deepEqual(store.writes, [], 'nothing was stored');
    assert.deepEqual(await store.listSessions({ userId: 'terminal:mallory', channelId: 'terminal:c' }), []);
    const refused = JSON.parse(logs.at(-1) ?? '{}');
    assert.deepEqual([refused.message, refused.userId], ['refused a user who is not allowed', 'terminal:mallory']);

    assert.match(await say('hello', 'alice'), /^Started session 00000001\.\nYou said "hello"/);
    assert.equal(await say('/whoami', 'alice'), 'You are terminal:alice.');
    assert.equal(await say('/whoami', 'root'), 'You are terminal:root, an admin.');
    assert.match(await say('/help', 'root'), /^ {2}\/whoami - Show who you are/m);
    assert.equal(store.writes.length, 3, 'an allowed user\u2019s session and both messages were stored');
    await bot.stop();
  });

  it('lets everyone in when ALLOWED_USERS is empty', async () => {
    const bot = await createRuntime({
      config: loadTestConfig({}),
      store: createMemoryStore(),
      logger: createLogger({ level: 'error' }),
      reply,
    });
    const replies = await bot.chat.handle({ channel: 'terminal', userId: 'anyone', channelId: 'c', text: 'hi' });
    assert.match(replies.join('\n'), /You said "hi"/);
    await bot.stop();
  });
});
