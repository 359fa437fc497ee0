// @ts-check
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openStore } from '../../src/core/stores/index.js';
import { createMemoryStore } from '../../src/core/stores/memory.js';
import { loadTestConfig } from '../support/env.js';

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

  it('stays within MEMORY_MAX_SESSIONS under 100,000 distinct users, dropping the least recently used', async () => {
    const maxSessions = 1000;
    const config = loadTestConfig({ SESSION_STORE: 'memory', MEMORY_MAX_SESSIONS: String(maxSessions) });
    const store = await openStore(config.store);
    const users = 100_000;
    for (let i = 0; i < users; i += 1) {
      await store.saveSession({ ...session(`s${i}`), userId: `user-${i}` });
      // The first user keeps chatting, so it stays among the recently used while everyone else comes and goes.
      if (i % 100 === 0) await store.appendMessage({ sessionId: 's0', role: 'user', text: `still here ${i}`, at: i });
    }
    let kept = 0;
    for (let i = 0; i < users; i += 1) if (await store.getSession(`s${i}`)) kept += 1;
    assert.equal(kept, maxSessions, 'exactly the bound is kept');
    assert.ok(await store.getSession('s0'), 'the recently used session survives');
    assert.equal(await store.getSession('s1'), undefined, 'the least recently used ones are gone');
    assert.ok(await store.getSession(`s${users - 1}`), 'the newest session is kept');
    assert.equal((await store.listMessages('s0', 2000)).length, 1000, 'its messages stay with it');
  });
});
