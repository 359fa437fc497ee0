// @ts-check
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { BackupError, parseBackup, restoreBackup, restoreFile, writeBackup } from '../../src/core/backup-restore.js';
import { createMemoryStore } from '../../src/core/stores/memory.js';
import { createSqliteStore } from '../../src/core/stores/sqlite.js';

/** @typedef {import('../../src/core/types.js').Store} Store */

/**
 * Two users' sessions with messages, one carrying an attachment reference.
 * @param {Store} store
 */
async function fill(store) {
  const base = { channelId: 'c', createdAt: 1000, messageCount: 0 };
  await store.saveSession({ ...base, id: 's1', userId: 'alice', status: 'completed', updatedAt: 5000, messageCount: 3 });
  await store.saveSession({ ...base, id: 's2', userId: 'bob', status: 'active', createdAt: 2000, updatedAt: 3000, messageCount: 1 });
  await store.saveSession({ ...base, id: 's3', userId: 'alice', status: 'archived', createdAt: 3000, updatedAt: 3000 });
  await store.appendMessage({ sessionId: 's1', role: 'user', text: 'hi "there"\nline two', at: 1001 });
  await store.appendMessage({ sessionId: 's1', role: 'bot', text: 'hello 👋', at: 1002 });
  const attachment = { name: 'a.pdf', type: 'application/pdf', size: 3, sha256: 'f'.repeat(64) };
  await store.appendMessage({ sessionId: 's1', role: 'user', text: '[attachment] a.pdf', at: 1003, attachment });
  await store.appendMessage({ sessionId: 's2', role: 'user', text: 'same text', at: 2001 });
}

/**
 * Every session with its messages, for field-by-field comparison.
 * @param {Store} store
 */
async function dump(store) {
  const sessions = await store.listAllSessions();
  return Promise.all(sessions.map(async (session) => ({ session, messages: await store.listMessages(session.id, 1000) })));
}

describe('backup and restore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'backup-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const [kind, open] of /** @type {[string, (name: string) => Store][]} */ ([
    ['memory', () => createMemoryStore()],
    ['sqlite', (name) => createSqliteStore({ path: join(dir, `${name}.db`) })],
  ])) {
    it(`${kind}: backup, wipe, restore gives the same sessions; restoring twice adds nothing`, async () => {
      const original = open(`${kind}-original`);
      await fill(original);
      const before = await dump(original);
      const file = join(dir, `${kind}.json`);
      await writeBackup(original, file);
      await original.close();

      const wiped = open(`${kind}-wiped`); // a new, empty store: everything the old one had is gone
      assert.deepEqual(await dump(wiped), []);
      assert.deepEqual(await restoreFile(wiped, file), { sessions: 3, messages: 4 });
      const after = await dump(wiped);
      assert.equal(after.length, before.length);
      for (const [i, entry] of before.entries()) {
        for (const field of /** @type {const} */ (['id', 'userId', 'channelId', 'status', 'createdAt', 'updatedAt', 'messageCount'])) {
          assert.equal(after[i].session[field], entry.session[field], `${entry.session.id}.${field}`);
        }
        assert.deepEqual(after[i].messages, entry.messages);
      }

      assert.deepEqual(await restoreFile(wiped, file), { sessions: 0, messages: 0 });
      assert.deepEqual(await dump(wiped), after);
      await wiped.close();
    });
  }

  it('adds only what is missing to a store that already has part of the backup', async () => {
    const store = createMemoryStore();
    await fill(store);
    const backup = parseBackup(readFileSync(join(dir, 'memory.json'), 'utf8'));
    await store.appendMessage({ sessionId: 's2', role: 'bot', text: 'newer than the backup', at: 9000 });
    assert.deepEqual(await restoreBackup(store, backup), { sessions: 0, messages: 0 });
    assert.equal((await store.listMessages('s2', 10)).length, 2);
  });

  it('refuses a file with any single flipped byte, and restores nothing from it', async () => {
    const bytes = readFileSync(join(dir, 'memory.json'));
    const store = createMemoryStore();
    for (let i = 0; i < bytes.length; i += 1) {
      const damaged = Buffer.from(bytes);
      damaged[i] ^= 0x01;
      writeFileSync(join(dir, 'damaged.json'), damaged);
      await assert.rejects(restoreFile(store, join(dir, 'damaged.json')), BackupError, `byte ${i} flipped was accepted`);
    }
    assert.deepEqual(await store.listAllSessions(), []);
  });

  it('says clearly why a file is refused', () => {
    const good = readFileSync(join(dir, 'memory.json'), 'utf8');
    const backup = JSON.parse(good);
    assert.throws(() => parseBackup('{"format"'), /not valid JSON/);
    assert.throws(() => parseBackup('{"hello":1}'), /not a sessions backup/);
    assert.throws(() => parseBackup(JSON.stringify({ ...backup, version: 2 })), /has version 2; this bot reads version 1/);
    assert.throws(() => parseBackup(good.replace('hello', 'HELLO')), /checksum does not match/);
  });
});
