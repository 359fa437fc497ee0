// @ts-check
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { createMemoryStore } from '../../src/core/stores/memory.js';
import { createSqliteStore } from '../../src/core/stores/sqlite.js';

/** @typedef {import('../../src/core/types.js').Session} Session */
/** @typedef {import('../../src/core/types.js').Store} Store */

/**
 * The behaviour every store must have, run below against each store.
 * @param {string} name
 * @param {() => Promise<Store>} open
 */
function storeContract(name, open) {
  describe(`${name} store contract`, () => {
    /** @type {Store} */
    let store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(() => store.close());

    /**
     * @param {Partial<Session>} [overrides]
     * @returns {Session}
     */
    const session = (overrides = {}) => ({
      id: 'a1',
      userId: 'u1',
      channelId: 'c1',
      status: 'active',
      createdAt: 1000,
      updatedAt: 1000,
      messageCount: 0,
      ...overrides,
    });

    it('returns a saved session as it was saved', async () => {
      await store.saveSession(session());
      assert.deepEqual(await store.getSession('a1'), session());
    });

    it('returns undefined for an unknown session', async () => {
      assert.equal(await store.getSession('nope'), undefined);
    });

    it('replaces a session saved again under the same id', async () => {
      await store.saveSession(session());
      await store.saveSession(session({ status: 'paused', updatedAt: 2000, messageCount: 3 }));
      assert.deepEqual(await store.getSession('a1'), session({ status: 'paused', updatedAt: 2000, messageCount: 3 }));
    });

    it('does not share state with the objects it was given', async () => {
      const original = session();
      await store.saveSession(original);
      original.status = 'archived';
      assert.equal((await store.getSession('a1'))?.status, 'active');
    });

    it('lists only the scope sessions, most recently updated first', async () => {
      await store.saveSession(session({ id: 'old', updatedAt: 1000 }));
      await store.saveSession(session({ id: 'new', updatedAt: 3000 }));
      await store.saveSession(session({ id: 'mid', updatedAt: 2000 }));
      await store.saveSession(session({ id: 'other-user', userId: 'u2', updatedAt: 4000 }));
      await store.saveSession(session({ id: 'other-channel', channelId: 'c2', updatedAt: 5000 }));
      const ids = (await store.listSessions({ userId: 'u1', channelId: 'c1' })).map((s) => s.id);
      assert.deepEqual(ids, ['new', 'mid', 'old']);
    });

    it('breaks ties in update time by creation time, then by id', async () => {
      await store.saveSession(session({ id: 'b', createdAt: 1, updatedAt: 9 }));
      await store.saveSession(session({ id: 'c', createdAt: 2, updatedAt: 9 }));
      await store.saveSession(session({ id: 'a', createdAt: 1, updatedAt: 9 }));
      const ids = (await store.listSessions({ userId: 'u1', channelId: 'c1' })).map((s) => s.id);
      assert.deepEqual(ids, ['c', 'a', 'b']);
    });

    it('lists an empty scope as no sessions', async () => {
      assert.deepEqual(await store.listSessions({ userId: 'nobody', channelId: 'c1' }), []);
    });

    it('returns the latest messages of a session, oldest first', async () => {
      await store.saveSession(session());
      await store.saveSession(session({ id: 'b2' }));
      for (const [i, text] of ['one', 'two', 'three'].entries()) {
        await store.appendMessage({ sessionId: 'a1', role: i % 2 ? 'bot' : 'user', text, at: 1000 + i });
      }
      await store.appendMessage({ sessionId: 'b2', role: 'user', text: 'elsewhere', at: 1000 });
      assert.deepEqual(await store.listMessages('a1', 2), [
        { sessionId: 'a1', role: 'bot', text: 'two', at: 1001 },
        { sessionId: 'a1', role: 'user', text: 'three', at: 1002 },
      ]);
      assert.equal((await store.listMessages('a1', 10)).length, 3);
      assert.deepEqual(await store.listMessages('a1', 0), []);
    });

    it('keeps message text exactly, including quotes, newlines and emoji', async () => {
      const text = `it's "quoted"\nsecond line 👋 ; DROP TABLE messages; --`;
      await store.saveSession(session());
      await store.appendMessage({ sessionId: 'a1', role: 'user', text, at: 1 });
      assert.equal((await store.listMessages('a1', 1))[0]?.text, text);
    });

    it('keeps a message attachment reference, and messages without one have none', async () => {
      const attachment = { name: 'report.pdf', type: 'application/pdf', size: 12, sha256: 'ab'.repeat(32) };
      await store.saveSession(session());
      await store.appendMessage({ sessionId: 'a1', role: 'user', text: 'plain', at: 1 });
      await store.appendMessage({ sessionId: 'a1', role: 'user', text: 'file', at: 2, attachment });
      attachment.size = 99;
      assert.deepEqual(await store.listMessages('a1', 2), [
        { sessionId: 'a1', role: 'user', text: 'plain', at: 1 },
        { sessionId: 'a1', role: 'user', text: 'file', at: 2, attachment: { ...attachment, size: 12 } },
      ]);
    });

    it('lists every session of every scope, oldest first', async () => {
      assert.deepEqual(await store.listAllSessions(), []);
      await store.saveSession(session({ id: 'b', createdAt: 2000, updatedAt: 9000 }));
      await store.saveSession(session({ id: 'c', userId: 'u2', createdAt: 1000 }));
      await store.saveSession(session({ id: 'a', channelId: 'c2', createdAt: 2000 }));
      const all = await store.listAllSessions();
      assert.deepEqual(all.map((s) => s.id), ['c', 'a', 'b']);
      assert.deepEqual(all[2], session({ id: 'b', createdAt: 2000, updatedAt: 9000 }));
    });

    it('returns no messages for an unknown session', async () => {
      assert.deepEqual(await store.listMessages('nope', 5), []);
    });

    it('rejects a message for an unknown session', async () => {
      await assert.rejects(store.appendMessage({ sessionId: 'nope', role: 'user', text: 'hi', at: 1 }));
      await assert.rejects(store.recordMessage({ sessionId: 'nope', role: 'user', text: 'hi', at: 1 }));
    });

    it('counts recorded messages where they are stored, so writers side by side lose none', async () => {
      await store.saveSession(session());
      const recorded = await Promise.all(
        Array.from({ length: 40 }, (_, i) => store.recordMessage({ sessionId: 'a1', role: 'user', text: `m${i}`, at: 1001 + i })),
      );
      assert.deepEqual(recorded.map((s) => s.messageCount).sort((a, b) => a - b), Array.from({ length: 40 }, (_, i) => i + 1));
      const stored = await store.getSession('a1');
      assert.equal(stored?.messageCount, 40);
      assert.equal(stored?.updatedAt, 1040);
      assert.equal((await store.listMessages('a1', 100)).length, 40);
    });

    it('keeps the newer activity time when an older message is recorded late', async () => {
      await store.saveSession(session({ updatedAt: 5000 }));
      const updated = await store.recordMessage({ sessionId: 'a1', role: 'bot', text: 'late', at: 4000 });
      assert.deepEqual(updated, session({ updatedAt: 5000, messageCount: 1 }));
    });

    it('activates a session and pauses the other active one of its scope, and only of its scope', async () => {
      await store.saveSession(session({ id: 'old', messageCount: 7 }));
      await store.saveSession(session({ id: 'elsewhere', channelId: 'c2' }));
      const paused = await store.activate(session({ id: 'new', createdAt: 2000, updatedAt: 2000 }));
      assert.deepEqual(paused, [session({ id: 'old', status: 'paused', updatedAt: 2000, messageCount: 7 })]);
      assert.deepEqual(await store.getSession('new'), session({ id: 'new', createdAt: 2000, updatedAt: 2000 }));
      assert.equal((await store.getSession('elsewhere'))?.status, 'active');
      const again = await store.activate(session({ id: 'old', status: 'active', updatedAt: 3000 }));
      assert.deepEqual(again.map((s) => [s.id, s.status]), [['new', 'paused']]);
      // Only the status and time change: the count stored meanwhile is kept.
      assert.deepEqual(await store.getSession('old'), session({ id: 'old', updatedAt: 3000, messageCount: 7 }));
    });

    it('keeps one active session per scope when activations race', async () => {
      await Promise.all(
        Array.from({ length: 10 }, (_, i) => store.activate(session({ id: `s${i}`, createdAt: 1000 + i, updatedAt: 1000 + i }))),
      );
      const active = (await store.listSessions({ userId: 'u1', channelId: 'c1' })).filter((s) => s.status === 'active');
      assert.equal(active.length, 1);
    });

    it('changes only the status and time of a session, and reports one that is gone', async () => {
      await store.saveSession(session());
      await store.recordMessage({ sessionId: 'a1', role: 'user', text: 'hi', at: 1500 });
      const ended = await store.setStatus(session(), 'completed', 2000);
      assert.deepEqual(ended, session({ status: 'completed', updatedAt: 2000, messageCount: 1 }));
      assert.deepEqual(await store.getSession('a1'), ended);
      assert.equal(await store.setStatus(session({ id: 'nope' }), 'paused', 2000), undefined);
    });
  });
}

storeContract('memory', async () => createMemoryStore());

describe('with SQLite files', () => {
  /** @type {string} */
  let dir;
  let files = 0;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'store-contract-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  storeContract('sqlite', async () => createSqliteStore({ path: join(dir, `contract-${(files += 1)}.db`) }));
});
