// @ts-check
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DatabaseSync } from 'node:sqlite';
import { createSqliteStore } from '../../src/core/stores/sqlite.js';

/** @type {string} */
let dir;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sqlite-store-'));
});
after(() => rm(dir, { recursive: true, force: true }));

describe('sqlite store', () => {
  it('keeps sessions and messages after it is closed and opened again', async () => {
    const path = join(dir, 'nested', 'reopen.db');
    const first = createSqliteStore({ path });
    const session = {
      id: 's1',
      userId: 'u1',
      channelId: 'c1',
      status: /** @type {const} */ ('paused'),
      createdAt: 5,
      updatedAt: 6,
      messageCount: 1,
    };
    await first.saveSession(session);
    await first.appendMessage({ sessionId: 's1', role: 'user', text: 'remember me', at: 6 });
    await first.close();

    const second = createSqliteStore({ path });
    try {
      assert.deepEqual(await second.getSession('s1'), session);
      assert.deepEqual(
        (await second.listMessages('s1', 5)).map((m) => m.text),
        ['remember me'],
      );
    } finally {
      await second.close();
    }
  });

  it('records its schema version and writes ahead to a log', async () => {
    const path = join(dir, 'schema.db');
    await createSqliteStore({ path }).close();
    await createSqliteStore({ path }).close(); // opening again must not re-run migrations
    const db = new DatabaseSync(path);
    try {
      assert.deepEqual({ ...db.prepare('PRAGMA user_version').get() }, { user_version: 2 });
      assert.deepEqual({ ...db.prepare('PRAGMA journal_mode').get() }, { journal_mode: 'wal' });
    } finally {
      db.close();
    }
  });
});
