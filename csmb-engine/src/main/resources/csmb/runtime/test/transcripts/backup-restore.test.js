// @ts-check
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { restoreFile } from '../../src/core/backup-restore.js';
import { createLogger } from '../../src/core/logger.js';
import { createRuntime } from '../../src/core/runtime.js';
import { createMemoryStore } from '../../src/core/stores/memory.js';
import { loadTestConfig, transcriptReply as reply } from '../support/env.js';


describe('backup-restore transcript', () => {
  const dir = mkdtempSync(join(tmpdir(), 'backup-transcript-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('/backup writes a file that restores the conversation into an empty bot', async () => {
    let next = 0;
    const config = loadTestConfig({ BACKUP_DIR: dir });
    const start = async () =>
      createRuntime({ config, store: createMemoryStore(), logger: createLogger({ level: 'error' }), reply, newId: () => `${(next += 1)}`.padStart(8, '0') });
    const bot = await start();
    /**
     * @param {Awaited<ReturnType<typeof start>>} on
     * @param {string} text
     */
    const say = async (on, text) => (await on.chat.handle({ channel: 'terminal', userId: 'alice', channelId: 'c', text })).join('\n');

    await say(bot, 'first');
    await say(bot, 'second');
    assert.equal(await say(bot, '/backup ../escape'), 'Give a plain file name such as nightly (letters, digits, dots, dashes).');
    assert.equal(await say(bot, '/backup nightly'), `Backed up to ${join(dir, 'nightly.json')} (sessions: 1, messages: 4).`);
    await bot.stop();

    const fresh = await start();
    assert.deepEqual(await restoreFile(fresh.store, join(dir, 'nightly.json')), { sessions: 1, messages: 4 });
    assert.match(await say(fresh, '/history'), /Session 00000001, last 4 of 4 messages:\n {2}you: first/);
    await fresh.stop();
  });
});
