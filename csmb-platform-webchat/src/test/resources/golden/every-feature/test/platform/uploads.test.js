// @ts-check
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { connect, say, startServer } from './support.js';

const REDIS = {};
const skip = false;

describe('uploads from the widget', { skip, timeout: 30_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'webchat-uploads-'));
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  /** @type {import('socket.io-client').Socket} */
  let socket;
  before(async () => {
    server = await startServer({
      ...REDIS,
      ATTACHMENTS_DIR: dir,
      ATTACHMENT_MAX_BYTES: '1000',
      ATTACHMENT_ALLOWED_TYPES: '.txt,image/png',
    });
    ({ socket } = await connect(server.url));
  });
  after(async () => {
    socket?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /**
   * @param {object} file
   * @returns {Promise<string[]>}
   */
  const upload = (file) => socket.timeout(10_000).emitWithAck('upload', file);

  it('keeps an allowed file in the session', async () => {
    const [reply] = await upload({ name: 'notes.txt', type: 'text/plain', data: Buffer.from('hello') });
    assert.match(reply, /notes\.txt \(5 bytes\)/);
    assert.equal(readdirSync(dir).length, 1);
    assert.match((await say(socket, '/attachments'))[0], /notes\.txt/);
  });

  it('refuses a file over ATTACHMENT_MAX_BYTES and a type not allowed, storing nothing', async () => {
    const [tooLarge] = await upload({ name: 'big.txt', type: 'text/plain', data: Buffer.alloc(1001) });
    assert.match(tooLarge, /big\.txt/);
    assert.match(tooLarge, /1000/);
    const [wrongType] = await upload({ name: 'tool.exe', type: 'application/x-msdownload', data: Buffer.from('MZ') });
    assert.match(wrongType, /tool\.exe/);
    const [notAFile] = await upload({ name: 'x.txt', data: 'not bytes' });
    assert.match(notAFile, /could not be read/);
    assert.equal(readdirSync(dir).length, 1, 'only the first test\'s file');
  });

  it('cuts off a message far over the limit before reading it whole', async () => {
    const closed = new Promise((resolve) => socket.once('disconnect', resolve));
    socket.emit('upload', { name: 'huge.txt', type: 'text/plain', data: Buffer.alloc(200_000) }, () => {});
    assert.equal(await closed, 'transport close');
  });
});
