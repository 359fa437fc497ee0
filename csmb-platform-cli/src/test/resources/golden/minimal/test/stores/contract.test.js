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
 * @param {object} [options]
 * @param {string | false} [options.skip] a reason to skip every test (each is reported with it), e.g. no server
 */
function storeContract(name, open, { skip = /** @type {string | false} */ (false) } = {}) {
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

    it('returns a saved session as it was saved', { skip }, async () => {
      await store.saveSession(session());
      assert.deepEqual(await store.getSession('a1'), session());
    });

    it('returns undefined for an unknown session', { skip }, async () => {
      assert.equal(await store.getSession('nope'), undefined);
    });

    it('replaces a session saved again under the same id', { skip }, async () => {
      await store.saveSession(session());
      await store.saveSession(session({ status: 'paused', updatedAt: 2000, messageCount: 3 }));
      assert.deepEqual(await store.getSession('a1'), session({ status: 'paused', updatedAt: 2000, messageCount: 3 }));
    });

    it('does not share state with the objects it was given', { skip }, async () => {
      const original = session();
      await store.saveSession(original);
      original.status = 'archived';
      assert.equal((await store.getSession('a1'))?.status, 'active');
    });

    it('lists only the scope sessions, most recently updated first', { skip }, async () => {
      await store.saveSession(session({ id: 'old', updatedAt: 1000 }));
      await store.saveSession(session({ id: 'new', updatedAt: 3000 }));
      await store.saveSession(session({ id: 'mid', updatedAt: 2000 }));
      await store.saveSession(session({ id: 'other-user', userId: 'u2', updatedAt: 4000 }));
      await store.saveSession(session({ id: 'other-channel', channelId: 'c2', updatedAt: 5000 }));
      const ids = (await store.listSessions({ userId: 'u1', channelId: 'c1' })).map((s) => s.id);
      assert.deepEqual(ids, ['new', 'mid', 'old']);
    });

    it('breaks ties in update time by creation time, then by id', { skip }, async () => {
      await store.saveSession(session({ id: 'b', createdAt: 1, updatedAt: 9 }));
      await store.saveSession(session({ id: 'c', createdAt: 2, updatedAt: 9 }));
      await store.saveSession(session({ id: 'a', createdAt: 1, updatedAt: 9 }));
      const ids = (await store.listSessions({ userId: 'u1', channelId: 'c1' })).map((s) => s.id);
      assert.deepEqual(ids, ['c', 'a', 'b']);
    });

    it('lists an empty scope as no sessions', { skip }, async () => {
      assert.deepEqual(await store.listSessions({ userId: 'nobody', channelId: 'c1' }), []);
    });

    it('returns the latest messages of a session, oldest first', { skip }, async () => {
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

    it('keeps message text exactly, including quotes, newlines and emoji', { skip }, async () => {
      const text = `it's "quoted"\nsecond line 👋 ; DROP TABLE messages; --`;
      await store.saveSession(session());
      await store.appendMessage({ sessionId: 'a1', role: 'user', text, at: 1 });
      assert.equal((await store.listMessages('a1', 1))[0]?.text, text);
    });

    it('keeps a message attachment reference, and messages without one have none', { skip }, async () => {
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

    it('lists every session of every scope, oldest first', { skip }, async () => {
      assert.deepEqual(await store.listAllSessions(), []);
      await store.saveSession(session({ id: 'b', createdAt: 2000, updatedAt: 9000 }));
      await store.saveSession(session({ id: 'c', userId: 'u2', createdAt: 1000 }));
      await store.saveSession(session({ id: 'a', channelId: 'c2', createdAt: 2000 }));
      const all = await store.listAllSessions();
      assert.deepEqual(all.map((s) => s.id), ['c', 'a', 'b']);
      assert.deepEqual(all[2], session({ id: 'b', createdAt: 2000, updatedAt: 9000 }));
    });

    it('returns no messages for an unknown session', { skip }, async () => {
      assert.deepEqual(await store.listMessages('nope', 5), []);
    });

    it('rejects a message for an unknown session', { skip }, async () => {
      await assert.rejects(store.appendMessage({ sessionId: 'nope', role: 'user', text: 'hi', at: 1 }));
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
