// @ts-check
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createHttpServer, HttpError, readBody, sendJson } from '../../src/core/http.js';
import { createLogger } from '../../src/core/logger.js';

describe('http server', () => {
  /** @type {string[]} */
  const logs = [];
  const logger = createLogger({ level: 'error', stream: { write: (line) => logs.push(line) } });
  const http = createHttpServer({ logger });
  let base = '';
  before(async () => {
    http
      .route('GET', '/ping', (_request, response) => sendJson(response, 200, { pong: true }))
      .route('POST', '/echo', async (request, response) => {
        const body = await readBody(request, 8);
        response.writeHead(200).end(body);
      })
      .route('GET', '/boom', () => {
        throw new Error('handler broke');
      })
      .route('GET', '/private', () => {
        throw new HttpError(401, 'unauthorized');
      });
    base = `http://127.0.0.1:${await http.listen(0)}`;
  });
  after(() => http.close());

  it('routes by method and path', async () => {
    const response = await fetch(`${base}/ping?x=1`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { pong: true });
    assert.equal((await fetch(`${base}/ping`, { method: 'POST' })).status, 404);
    assert.equal((await fetch(`${base}/nowhere`)).status, 404);
  });

  it('hands the raw body to the handler, up to a limit', async () => {
    const response = await fetch(`${base}/echo`, { method: 'POST', body: 'raw body' });
    assert.equal(await response.text(), 'raw body');
    const tooLong = await fetch(`${base}/echo`, { method: 'POST', body: 'too long a body' });
    assert.equal(tooLong.status, 413);
    assert.deepEqual(await tooLong.json(), { error: 'body larger than 8 bytes' });
  });

  it('answers 500 and logs when a handler throws', async () => {
    logs.length = 0;
    assert.equal((await fetch(`${base}/boom`)).status, 500);
    assert.equal(JSON.parse(logs[0]).error.message, 'handler broke');
  });

  it('answers an HttpError with its status and message, without logging it', async () => {
    logs.length = 0;
    const response = await fetch(`${base}/private`);
    assert.equal(response.status, 401);
    assert.deepEqual(await response.json(), { error: 'unauthorized' });
    assert.deepEqual(logs, []);
  });

  it('refuses a second handler for the same route', () => {
    assert.throws(() => http.route('get', '/ping', () => {}), /GET \/ping already has a handler/);
  });
});
