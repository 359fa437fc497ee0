// @ts-check
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMemoryStore } from '../../src/core/stores/memory.js';

describe('memory store', () => {
  /** @param {string} id */
  const session = (id) => ({
    id,
    userId: 'u1',
    channelId: 'c1',
    status: /** @type {const} */ ('active'),
    createdAt: 1,
    updatedAt: 1,
    messageCount: 0,
  });

  it('evicts the least recently used session beyond its bound, with its messages', async () => {
    const store = createMemoryStore({ maxSessions: 2 });
    await store.saveSession(session('a'));
    await store.saveSession(session('b'));
    await store.appendMessage({ sessionId: 'a', role: 'user', text: 'hi', at: 1 });
    await store.getSession('a'); // a is now more recently used than b
    await store.saveSession(session('c'));
    assert.equal(await store.getSession('b'), undefined);
    assert.ok(await store.getSession('a'));
    assert.ok(await store.getSession('c'));
    assert.equal((await store.listMessages('a', 5)).length, 1);
  });

  it('keeps only the latest messages of a session beyond its bound', async () => {
    const store = createMemoryStore({ maxMessagesPerSession: 2 });
    await store.saveSession(session('a'));
    for (const text of ['one', 'two', 'three'])
      await store.appendMessage({ sessionId: 'a', role: 'user', text, at: 1 });
    assert.deepEqual(
      (await store.listMessages('a', 5)).map((m) => m.text),
      ['two', 'three'],
    );
  });
});
