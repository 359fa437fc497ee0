// @ts-check
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { createLogger } from '../../src/core/logger.js';
import { createRuntime } from '../../src/core/runtime.js';
import { createMemoryStore } from '../../src/core/stores/memory.js';
import { loadTestConfig, transcriptReply as reply } from '../support/env.js';


describe('file-attachments transcript', () => {
  const dir = mkdtempSync(join(tmpdir(), 'attach-transcript-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const notes = join(dir, 'notes.txt');
  writeFileSync(notes, 'remember the milk');
  writeFileSync(join(dir, 'big.txt'), 'x'.repeat(100));
  writeFileSync(join(dir, 'tool.exe'), 'MZ');

  it('attaches, lists and refuses files, storing a reference in the session', async () => {
    let next = 0;
    const bot = await createRuntime({
      config: loadTestConfig({ ATTACHMENTS_DIR: join(dir, 'store'), ATTACHMENT_MAX_BYTES: '50' }),
      store: createMemoryStore(),
      logger: createLogger({ level: 'error' }),
      reply,
      newId: () => `${(next += 1)}`.padStart(8, '0'),
    });
    /** @param {string} text */
    const say = async (text) => (await bot.chat.handle({ channel: 'terminal', userId: 'alice', channelId: 'c', text })).join('\n');

    assert.equal(await say('/attachments'), 'No files attached to the active session.');
    assert.equal(await say(`/attach ${notes}`), 'Attached notes.txt (17 bytes) to session 00000001.');
    assert.equal(await say(`/attach ${join(dir, 'big.txt')}`), 'big.txt is 100 bytes; the limit is 50 bytes.');
    assert.match(await say(`/attach ${join(dir, 'tool.exe')}`), /^tool\.exe \(application\/octet-stream\) is not an accepted type/);
    assert.equal(await say(`/attach ${join(dir, 'missing.txt')}`), `No file at ${join(dir, 'missing.txt')}.`);
    assert.equal(await say('/attach'), 'Which file? Write /attach <path>.');
    assert.equal(
      await say('/attachments'),
      '1 file attached to this session:\n  notes.txt  text/plain  17 bytes  sha256 0057061a4f16',
    );
    assert.match(await say('/history'), /you: \[attachment\] notes\.txt \(17 bytes\)/);

    const [session] = await bot.store.listSessions({ userId: 'terminal:alice', channelId: 'terminal:c' });
    assert.equal(session.messageCount, 1);
    const [message] = await bot.store.listMessages(session.id, 10);
    assert.equal(message.attachment?.name, 'notes.txt');
    assert.deepEqual(readdirSync(join(dir, 'store')), [message.attachment?.sha256]);
    await bot.stop();
  });
});
