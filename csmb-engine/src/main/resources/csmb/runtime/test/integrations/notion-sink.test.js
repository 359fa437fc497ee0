// @ts-check
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PLATFORM } from '../../src/core/session-sink.js';
import { fakeService } from '../support/session-sink.js';

const TOKEN = 'ntn_test_token_6c1f0a';
const DATA_SOURCE = '2f26ee68-df30-4251-aad4-8ddc420cba3d';

describe('Notion session sink', () => {
  const notion = fakeService({
    name: 'notion',
    // By default a page (created or updated).
    answer: (request, created) => {
      const id = request.method === 'POST' ? `page-${created}` : request.url.split('/').at(-1);
      return { status: 200, body: { object: 'page', id, properties: {} } };
    },
    env: (baseUrl) => ({
      NOTION_SINK: 'on',
      NOTION_TOKEN: TOKEN,
      NOTION_DATA_SOURCE_ID: DATA_SOURCE,
      NOTION_BASE_URL: baseUrl,
    }),
  });
  const { received, planned, logs, startBot, requests } = notion;

  it('creates one page per session with the 2025-09-03 API, then updates it', async () => {
    const bot = await startBot('shapes');
    await bot.say('How do I reset my password?');
    await bot.say('/end');
    await bot.stop();

    const creates = received.filter((r) => r.method === 'POST');
    assert.equal(creates.length, 1);
    for (const request of received) {
      assert.equal(request.headers['notion-version'], '2025-09-03');
      assert.equal(request.headers.authorization, `Bearer ${TOKEN}`);
    }
    assert.equal(creates[0].url, '/v1/pages');
    assert.deepEqual(creates[0].body.parent, { type: 'data_source_id', data_source_id: DATA_SOURCE });
    assert.deepEqual(creates[0].body.properties.Platform, { select: { name: PLATFORM } });
    assert.deepEqual(creates[0].body.properties.Status, { select: { name: 'active' } });
    assert.equal(creates[0].body.properties.User.rich_text[0].text.content, 'terminal:alice');
    assert.equal(creates[0].body.properties.Session.title[0].type, 'text');

    const updates = received.slice(1);
    assert.ok(updates.length >= 1);
    for (const update of updates) {
      assert.equal(update.method, 'PATCH');
      assert.equal(update.url, '/v1/pages/page-1');
    }
    const last = updates.at(-1)?.body.properties;
    assert.deepEqual(last.Status, { select: { name: 'completed' } });
    assert.deepEqual(last.Messages, { number: 2 });
    assert.equal(typeof last.Duration.number, 'number');
    assert.match(last.Session.title[0].text.content, /^\S{8} How do I reset my password\?$/);
    assert.equal(last.Summary.rich_text[0].text.content, 'How do I reset my password?');
  });

  it('waits for Retry-After after a 429 and creates the page once', async () => {
    planned.push(() => ({
      status: 429,
      headers: { 'retry-after': '2' },
      body: { object: 'error', status: 429, code: 'rate_limited', message: 'You have been rate limited.' },
    }));
    const bot = await startBot('rate-limited');
    await bot.say('hello');
    await requests(2);
    await bot.stop();

    const creates = received.filter((r) => r.method === 'POST');
    assert.equal(creates.length, 2, 'the refused create and its repetition');
    assert.ok(creates[1].at - creates[0].at >= 2000, 'Retry-After: 2 was waited for');
    assert.equal(notion.created, 1, 'one page');
    assert.ok(received.slice(2).every((r) => r.method === 'PATCH' && r.url === '/v1/pages/page-1'));
  });

  it('keeps the page id in the store: a restarted bot updates the same page', async () => {
    const first = await startBot('restart');
    await first.say('first message');
    await first.stop();
    const before = received.length;
    assert.equal(received.filter((r) => r.method === 'POST').length, 1);

    const second = await startBot('restart');
    await second.say('second message');
    await second.stop();

    const after = received.slice(before);
    assert.ok(after.length >= 1);
    assert.ok(after.every((r) => r.method === 'PATCH' && r.url === '/v1/pages/page-1'), 'no second page');
    const last = after.at(-1)?.body.properties;
    assert.deepEqual(last.Messages, { number: 4 });
    assert.equal(last.Summary.rich_text[0].text.content, 'second message');
    assert.equal(last.Session, undefined, 'the title written before the restart stays');
    assert.equal(received.filter((r) => r.method === 'POST').length, 1);
  });

  it('creates the page once when two bots on one store write one session', async () => {
    notion.delayMs = 1000;
    const first = await startBot('shared');
    const second = await startBot('shared');
    await first.say('first message');
    await requests(1);
    await second.say('second message');
    await first.stop();
    await second.stop();

    assert.equal(received.filter((r) => r.method === 'POST').length, 1, 'one create request');
    assert.equal(notion.created, 1, 'one page');
    const updates = received.filter((r) => r.method === 'PATCH');
    assert.ok(updates.every((r) => r.url === '/v1/pages/page-1'), 'both bots update the one page');
    assert.ok(updates.some((r) => r.body.properties.Summary?.rich_text[0].text.content === 'second message'),
      "the second bot's change reaches it");
  });

  it('answers before a slow Notion does', async () => {
    notion.delayMs = 2000;
    const bot = await startBot('slow');
    const replied = await bot.say('are you there?');
    assert.equal(notion.answered, 0, 'the reply came before Notion answered');
    assert.notEqual(replied, '');
    await requests(1);
    assert.equal(received[0].method, 'POST', 'the page is being created meanwhile');
    await bot.stop();
  });

  it('logs a refused write without the token, and the chat goes on', async () => {
    planned.push(() => ({
      status: 400,
      body: { object: 'error', status: 400, code: 'validation_error', message: 'Status is not a property that exists.' },
    }));
    const bot = await startBot('refused');
    assert.notEqual(await bot.say('hello'), '');
    await requests(1);
    await bot.stop();
    const failures = logs.filter((line) => line.includes('session row not written'));
    assert.ok(failures.length >= 1, 'the failure is logged');
    assert.ok(failures.some((line) => line.includes('validation_error')), 'with the service code');
    assert.ok(logs.every((line) => !line.includes(TOKEN)), 'never the token');
  });

  it('writes nothing with NOTION_SINK=off', async () => {
    const bot = await startBot('off', { NOTION_SINK: 'off' });
    assert.notEqual(await bot.say('hello'), '');
    await bot.stop();
    assert.equal(received.length, 0);
  });

  it('refuses to start without NOTION_TOKEN, naming it on one line', () => {
    const result = notion.startProgram({ NOTION_SINK: 'on', NOTION_TOKEN: undefined, NOTION_DATA_SOURCE_ID: DATA_SOURCE });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^Missing NOTION_TOKEN: [^\n]*\n$/);
  });
});
