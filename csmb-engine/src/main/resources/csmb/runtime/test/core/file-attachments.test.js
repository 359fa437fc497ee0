// @ts-check
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ConfigError, EnvReader } from '../../src/core/env.js';
import { AttachmentError, createAttachments, mimeTypeOf, readConfig } from '../../src/core/file-attachments.js';
import { createSessionManager } from '../../src/core/sessions.js';
import { createMemoryStore } from '../../src/core/stores/memory.js';

describe('attachments', () => {
  const dir = mkdtempSync(join(tmpdir(), 'attachments-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const sessions = createSessionManager({ store: createMemoryStore(), idleTimeoutMs: 60_000 });
  const attachments = createAttachments({
    config: { dir, maxBytes: 10, allowedTypes: ['.txt', 'image/*'] },
    sessions,
  });
  const scope = { userId: 'terminal:u', channelId: 'terminal:c' };

  it('stores one copy per content under its SHA-256 and records the reference in the session', async () => {
    const data = Buffer.from('hello');
    const { session, attachment } = await attachments.attach(scope, { name: 'dir/../a.txt', data });
    assert.deepEqual(attachment, {
      name: 'a.txt',
      type: 'text/plain',
      size: 5,
      sha256: '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824',
    });
    assert.equal(readFileSync(attachments.pathOf(attachment), 'utf8'), 'hello');
    assert.equal(session.messageCount, 1);
    await attachments.attach(scope, { name: 'b.png', data: Buffer.from('img'), type: 'image/png' });
    assert.deepEqual((await attachments.list(scope)).map((a) => a.name), ['a.txt', 'b.png']);
  });

  it('refuses files over the size limit or of a type not allowed', async () => {
    await assert.rejects(attachments.attach(scope, { name: 'big.txt', data: Buffer.alloc(11) }), AttachmentError);
    await assert.rejects(attachments.attach(scope, { name: 'x.pdf', data: Buffer.from('%PDF') }), /not an accepted type/);
  });

  it('reads its limits from the environment and refuses a malformed type list', () => {
    assert.deepEqual(readConfig(new EnvReader({ ATTACHMENT_ALLOWED_TYPES: ' .PDF, image/* ' })).allowedTypes, ['.pdf', 'image/*']);
    assert.throws(() => readConfig(new EnvReader({ ATTACHMENT_ALLOWED_TYPES: 'pdf' })), ConfigError);
    assert.equal(mimeTypeOf('photo.JPG'), 'image/jpeg');
  });
});
