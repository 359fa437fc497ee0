// @ts-check
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { createLogger } from '../../src/core/logger.js';
import { createRuntime } from '../../src/core/runtime.js';
import { createMemoryStore } from '../../src/core/stores/memory.js';
import { reply } from '../../src/reply.js';
import { loadTestConfig } from '../support/env.js';


const KEY = 'sk-transcript-91be77';

describe('ai-integration transcript', () => {
  /** @type {any[]} */
  const bodies = [];
  let silent = false;
  const model = createServer((request, response) => {
    /** @type {Buffer[]} */
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      if (silent) return; // let the bot time out
      const body = JSON.parse(Buffer.concat(chunks).toString());
      bodies.push(body);
      const content = `model saw ${body.messages.length} messages, last: ${body.messages.at(-1).content}`;
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ choices: [{ message: { content } }] }));
    });
  });
  /** @type {string[]} */
  const logs = [];
  /** @type {Awaited<ReturnType<typeof createRuntime>>} */
  let bot;
  let time = Date.UTC(2025, 0, 31, 14, 5);
  let next = 0;

  before(async () => {
    await new Promise((resolve) => model.listen(0, '127.0.0.1', () => resolve(undefined)));
    const address = model.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    bot = await createRuntime({
      config: loadTestConfig({ AI_API_KEY: KEY, AI_BASE_URL: `http://127.0.0.1:${port}/v1`, AI_TIMEOUT_MS: '200', AI_CONTEXT_MESSAGES: '3' }),
      store: createMemoryStore(),
      logger: createLogger({ level: 'info', stream: { write: (line) => logs.push(line) } }),
      reply,
      now: () => (time += 1000),
      newId: () => `${(next += 1)}`.padStart(8, '0'),
    });
  });
  after(async () => {
    await bot?.stop();
    model.closeAllConnections();
    await new Promise((resolve) => model.close(() => resolve(undefined)));
  });

  /** @param {string} text */
  const say = async (text) => (await bot.chat.handle({ channel: 'terminal', userId: 'alice', channelId: 'c', text })).join('\n');

  it('answers with the model, sending the session\u2019s latest messages as the conversation', async () => {
    assert.equal(await say('hello'), 'Started session 00000001.\nmodel saw 1 messages, last: hello');
    assert.equal(await say('and then?'), 'model saw 3 messages, last: and then?');
    assert.deepEqual(bodies[1].messages, [
      { role: 'user', content: 'hello' },
      { role: 'assistant', content: 'model saw 1 messages, last: hello' },
      { role: 'user', content: 'and then?' },
    ]);
    assert.equal(bodies[1].model, 'gpt-4o-mini');
    const [session] = await bot.store.listSessions({ userId: 'terminal:alice', channelId: 'terminal:c' });
    assert.equal(session.messageCount, 4);
  });

  it('apologises when the model does not answer in time, and logs why without the key', async () => {
    silent = true;
    assert.equal(
      await say('are you there?'),
      'Sorry, I cannot think right now (the AI service did not answer). Please try again in a moment.',
    );
    silent = false;
    const entry = JSON.parse(logs.at(-1) ?? '{}');
    assert.equal(entry.message, 'the model did not answer');
    assert.match(entry.reason, /no answer within 200 ms/);
    assert.equal(logs.some((line) => line.includes(KEY)), false);
  });
});
