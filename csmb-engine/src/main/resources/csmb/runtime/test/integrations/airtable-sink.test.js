// @ts-check
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PLATFORM } from '../../src/core/session-sink.js';
import { fakeService } from '../support/session-sink.js';

const TOKEN = 'patTest.6c1f0a9b';
const BASE = 'appTestBase123456';
const TABLE = 'tblChatSessions01';
const PATH = `/v0/${BASE}/${TABLE}`;

describe('Airtable session sink', () => {
  const airtable = fakeService({
    name: 'airtable',
    // By default a record (created or updated).
    answer: (request, created) => {
      const id = request.method === 'POST' ? `rec${created}` : request.url.split('/').at(-1);
      return { status: 200, body: { id, createdTime: '2026-01-01T12:00:00.000Z', fields: request.body?.fields ?? {} } };
    },
    env: (baseUrl) => ({
      AIRTABLE_SINK: 'on',
      AIRTABLE_TOKEN: TOKEN,
      AIRTABLE_BASE_ID: BASE,
      AIRTABLE_TABLE_ID: TABLE,
      AIRTABLE_BASE_URL: baseUrl,
    }),
  });
  const { received, planned, logs, startBot, requests } = airtable;

  it('creates one record per session over the Web API, then updates it', async () => {
    const bot = await startBot('shapes');
    await bot.say('How do I reset my password?');
    await bot.say('/end');
    await bot.stop();

    const creates = received.filter((r) => r.method === 'POST');
    assert.equal(creates.length, 1);
    for (const request of received) {
      assert.equal(request.headers.authorization, `Bearer ${TOKEN}`);
      assert.equal(request.headers['content-type'], 'application/json');
      assert.equal(request.body.typecast, true);
    }
    assert.equal(creates[0].url, PATH);
    const created = creates[0].body.fields;
    assert.equal(created.Platform, PLATFORM);
    assert.equal(created.Status, 'active');
    assert.equal(created.User, 'terminal:alice');
    assert.match(created.Started, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.equal(typeof created.Session, 'string');

    const updates = received.slice(1);
    assert.ok(updates.length >= 1);
    for (const update of updates) {
      assert.equal(update.method, 'PATCH');
      assert.equal(update.url, `${PATH}/rec1`);
    }
    const last = updates.at(-1)?.body.fields;
    assert.equal(last.Status, 'completed');
    assert.equal(last.Messages, 2);
    assert.equal(typeof last.Duration, 'number');
    assert.ok(Date.parse(last['Last Activity']) >= Date.parse(last.Started));
    assert.match(last.Session, /^\S{8} How do I reset my password\?$/);
    assert.equal(last.Summary, 'How do I reset my password?');
  });

  it('waits for Retry-After after a 429 and creates the record once', async () => {
    planned.push(() => ({
      status: 429,
      headers: { 'retry-after': '2' },
      body: { errors: [{ error: 'RATE_LIMIT_REACHED', message: 'Rate limit exceeded. Please try again later' }] },
    }));
    const bot = await startBot('rate-limited');
    await bot.say('hello');
    await requests(2);
    await bot.stop();

    const creates = received.filter((r) => r.method === 'POST');
    assert.equal(creates.length, 2, 'the refused create and its repetition');
    assert.ok(creates[1].at - creates[0].at >= 2000, 'Retry-After: 2 was waited for');
    assert.equal(airtable.created, 1, 'one record');
    assert.ok(received.slice(2).every((r) => r.method === 'PATCH' && r.url === `${PATH}/rec1`));
  });

  it('keeps the record id in the store: a restarted bot updates the same record', async () => {
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
    assert.ok(after.every((r) => r.method === 'PATCH' && r.url === `${PATH}/rec1`), 'no second record');
    const last = after.at(-1)?.body.fields;
    assert.equal(last.Messages, 4);
    assert.equal(last.Summary, 'second message');
    assert.equal(last.Session, undefined, 'the title written before the restart stays');
    assert.equal(received.filter((r) => r.method === 'POST').length, 1);
  });

  it('creates the record once when two bots on one store write one session', async () => {
    airtable.delayMs = 1000;
    const first = await startBot('shared');
    const second = await startBot('shared');
    await first.say('first message');
    await requests(1);
    await second.say('second message');
    await first.stop();
    await second.stop();

    assert.equal(received.filter((r) => r.method === 'POST').length, 1, 'one create request');
    assert.equal(airtable.created, 1, 'one record');
    const updates = received.filter((r) => r.method === 'PATCH');
    assert.ok(updates.every((r) => r.url === `${PATH}/rec1`), 'both bots update the one record');
    assert.ok(updates.some((r) => r.body.fields.Summary === 'second message'), "the second bot's change reaches it");
  });

  it('answers before a slow Airtable does', async () => {
    airtable.delayMs = 2000;
    const bot = await startBot('slow');
    const replied = await bot.say('are you there?');
    assert.equal(airtable.answered, 0, 'the reply came before Airtable answered');
    assert.notEqual(replied, '');
    await requests(1);
    assert.equal(received[0].method, 'POST', 'the record is being created meanwhile');
    await bot.stop();
  });

  it('logs a refused write without the token, and the chat goes on', async () => {
    planned.push(() => ({
      status: 400,
      body: { error: { type: 'UNKNOWN_FIELD_NAME', message: 'Unknown field name: "Status"' } },
    }));
    const bot = await startBot('refused');
    assert.notEqual(await bot.say('hello'), '');
    await requests(1);
    await bot.stop();
    const failures = logs.filter((line) => line.includes('session row not written'));
    assert.ok(failures.length >= 1, 'the failure is logged');
    assert.ok(failures.some((line) => line.includes('UNKNOWN_FIELD_NAME')), 'with the service code');
    assert.ok(logs.every((line) => !line.includes(TOKEN)), 'never the token');
  });

  it('writes nothing with AIRTABLE_SINK=off', async () => {
    const bot = await startBot('off', { AIRTABLE_SINK: 'off' });
    assert.notEqual(await bot.say('hello'), '');
    await bot.stop();
    assert.equal(received.length, 0);
  });

  it('refuses to start without AIRTABLE_TOKEN, naming it on one line', () => {
    const result = airtable.startProgram({ AIRTABLE_SINK: 'on', AIRTABLE_TOKEN: undefined });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^Missing AIRTABLE_TOKEN: [^\n]*\n$/);
  });
});
