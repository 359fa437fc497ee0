// @ts-check
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { EnvReader } from '../../src/core/env.js';
import { createHttpServer, ListenError, readHttpConfig } from '../../src/core/http.js';
import { createLogger } from '../../src/core/logger.js';
import { testEnv } from '../support/env.js';

describe('http server', () => {
  /** @type {string[]} */
  const logs = [];
  const logger = createLogger({ level: 'error', stream: { write: (line) => logs.push(line) } });
  const http = createHttpServer({ logger });
  let base = '';
  let port = 0;
  before(async () => {
    http.app.get('/ping', (_request, response) => void response.json({ pong: true }));
    http.app.get('/boom', async () => {
      throw new Error('handler broke');
    });
    port = await http.listen(0);
    base = `http://127.0.0.1:${port}`;
  });
  after(() => http.close());

  it('serves the routes modules mount, and 404 for anything else', async () => {
    const response = await fetch(`${base}/ping?x=1`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { pong: true });
    assert.equal((await fetch(`${base}/ping`, { method: 'POST' })).status, 404);
    assert.equal((await fetch(`${base}/nowhere`)).status, 404);
  });

  it('answers 500 and logs when an async handler rejects', async () => {
    logs.length = 0;
    const response = await fetch(`${base}/boom`);
    assert.equal(response.status, 500);
    assert.deepEqual(await response.json(), { error: 'internal error' });
    assert.equal(JSON.parse(logs[0]).error.message, 'handler broke');
  });

  it('reads HTTP_HOST with 127.0.0.1 as its default', () => {
    assert.deepEqual(readHttpConfig(new EnvReader({})), { port: 3000, host: '127.0.0.1' });
    assert.equal(readHttpConfig(new EnvReader({ HTTP_HOST: '0.0.0.0' })).host, '0.0.0.0');
  });

  // Linux routes all of 127.0.0.0/8 to the loopback interface; other systems configure only 127.0.0.1.
  const loopbackRange = process.platform === 'linux' ? false : 'needs 127.0.0.2, which only Linux has by default';
  it('listens on 127.0.0.1 only by default', { skip: loopbackRange }, async () => {
    const other = createHttpServer({ logger });
    const otherPort = await other.listen(0);
    try {
      // Only 127.0.0.1 is bound: the same port is still free on another loopback address.
      const probe = createServer();
      await new Promise((resolve, reject) => probe.once('error', reject).listen(otherPort, '127.0.0.2', () => resolve(undefined)));
      await new Promise((resolve) => probe.close(() => resolve(undefined)));
    } finally {
      await other.close();
    }
  });

  it('rejects a taken port with a one-line ListenError naming the port and HTTP_PORT', async () => {
    const second = createHttpServer({ logger });
    await assert.rejects(second.listen(port), (error) => {
      assert.ok(error instanceof ListenError);
      assert.equal(error.message, `Cannot listen on 127.0.0.1:${port}: the port is already in use; set HTTP_PORT to a free port (or stop the other instance).`);
      return true;
    });
  });
});

describe('the program on a taken port', () => {
  it('prints one line naming the port and HTTP_PORT, no stack trace, and exits 1', async () => {
    const taken = createServer();
    await new Promise((resolve) => taken.listen(0, '127.0.0.1', () => resolve(undefined)));
    const address = taken.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const child = spawn(process.execPath, ['src/index.js'], {
        env: { ...process.env, ...testEnv({ HTTP_PORT: String(port), SESSION_STORE: 'memory', LOG_LEVEL: 'error' }) },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.stdout.resume();
      const code = await new Promise((resolve) => child.on('close', resolve));
      assert.equal(code, 1);
      assert.equal(stderr, `Cannot listen on 127.0.0.1:${port}: the port is already in use; set HTTP_PORT to a free port (or stop the other instance).\n`);
    } finally {
      await new Promise((resolve) => taken.close(() => resolve(undefined)));
    }
  });
});
