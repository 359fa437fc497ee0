// @ts-check
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { AiError, createAiClient, readConfig } from '../../src/core/ai-integration.js';
import { ConfigError, EnvReader } from '../../src/core/env.js';

const KEY = 'sk-test-4c2f8e1d9a';

/**
 * A request the fake model server got.
 * @typedef {object} Captured
 * @property {string} [method]
 * @property {string} [url]
 * @property {import('node:http').IncomingHttpHeaders} headers
 * @property {any} body
 */

describe('AI client', () => {
  /** @type {Captured[]} */
  const requests = [];
  /** @type {(response: import('node:http').ServerResponse) => void} */
  let answer = (response) => void response.end();
  const server = createServer((request, response) => {
    /** @type {Buffer[]} */
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({ method: request.method, url: request.url, headers: request.headers, body: JSON.parse(Buffer.concat(chunks).toString()) });
      answer(response);
    });
  });
  let baseUrl = '';
  before(async () => {
    await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
    const address = server.address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/v1`;
  });
  after(() => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(() => resolve(undefined)));
  });

  /** @param {number} [timeoutMs] */
  const client = (timeoutMs = 2000) =>
    createAiClient({ config: { apiKey: KEY, baseUrl, model: 'test-model', timeoutMs, contextMessages: 20 }, minRetryDelayMs: 10 });

  it('posts the model and messages to {base}/chat/completions with the key as Bearer token', async () => {
    requests.length = 0;
    answer = (response) =>
      void response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ choices: [{ message: { role: 'assistant', content: ' Hello there. ' } }] }));
    const messages = [{ role: /** @type {const} */ ('user'), content: 'hi' }];
    assert.equal(await client().complete(messages), 'Hello there.');
    const [request] = requests;
    assert.equal(request.method, 'POST');
    assert.equal(request.url, '/v1/chat/completions');
    assert.equal(request.headers.authorization, `Bearer ${KEY}`);
    assert.equal(request.headers['content-type'], 'application/json');
    assert.deepEqual(request.body, { model: 'test-model', messages });
  });

  it('turns an error status into an AiError with the status and without the key', async () => {
    answer = (response) => void response.writeHead(401).end('{"error":{"message":"bad key"}}');
    await assert.rejects(client().complete([]), (error) => {
      assert.ok(error instanceof AiError);
      assert.match(error.message, /^HTTP 401 .*bad key/);
      assert.equal(error.message.includes(KEY), false);
      return true;
    });
  });

  it('tries a rate limit or a server error again, a client error not', async () => {
    requests.length = 0;
    const statuses = [429, 503];
    answer = (response) => {
      const status = statuses.shift();
      if (status) return void response.writeHead(status).end('busy');
      response.writeHead(200).end(JSON.stringify({ choices: [{ message: { content: 'third time' } }] }));
    };
    assert.equal(await client().complete([]), 'third time');
    assert.equal(requests.length, 3);
    requests.length = 0;
    answer = (response) => void response.writeHead(400).end('bad request');
    await assert.rejects(client().complete([]), /^AiError: HTTP 400/);
    assert.equal(requests.length, 1);
  });

  it('gives up after the timeout', async () => {
    answer = () => {}; // never answers
    const started = Date.now();
    await assert.rejects(client(150).complete([]), /no answer within 150 ms/);
    assert.ok(Date.now() - started < 1500);
  });

  it('rejects an answer without content', async () => {
    answer = (response) => void response.writeHead(200).end('{"choices":[]}');
    await assert.rejects(client().complete([]), /no choices\[0\]\.message\.content/);
  });
});

describe('AI configuration', () => {
  it('requires the key, never repeats it, and checks the base URL', () => {
    assert.throws(() => readConfig(new EnvReader({})), /Missing AI_API_KEY: /);
    assert.throws(
      () => readConfig(new EnvReader({ AI_API_KEY: KEY, AI_BASE_URL: 'localhost:11434' })),
      (error) => error instanceof ConfigError && /^Invalid AI_BASE_URL/.test(error.message) && !error.message.includes(KEY),
    );
    assert.equal(readConfig(new EnvReader({ AI_API_KEY: KEY, AI_BASE_URL: 'http://127.0.0.1:11434/v1/' })).baseUrl, 'http://127.0.0.1:11434/v1');
  });
});
