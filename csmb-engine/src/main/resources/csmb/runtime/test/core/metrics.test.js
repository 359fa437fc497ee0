// @ts-check
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createLogger } from '../../src/core/logger.js';
import { createMetrics } from '../../src/core/metrics.js';
import { createRuntime } from '../../src/core/runtime.js';
import { createMemoryStore } from '../../src/core/stores/memory.js';
import { loadTestConfig } from '../support/env.js';

describe('metrics', () => {
  it('keeps its counters on a registry of its own, in the Prometheus text format', async () => {
    const metrics = createMetrics();
    metrics.messages.inc({ role: 'user' });
    metrics.sessionEvents.inc({ event: 'started' });
    metrics.errors.inc();
    const text = await metrics.registry.metrics();
    assert.match(text, /^# HELP bot_messages_total Messages stored in sessions, by author\.\n# TYPE bot_messages_total counter\nbot_messages_total\{role="user"\} 1$/m);
    assert.match(text, /^bot_session_events_total\{event="started"\} 1$/m);
    assert.match(text, /^bot_errors_total 1$/m);
    assert.equal((await createMetrics().registry.getSingleMetricAsString('bot_errors_total')).split('\n').at(-1), 'bot_errors_total 0');
  });

  describe('at GET /metrics', () => {
    /** @type {string[]} */
    const logs = [];
    let failNext = false;
    /** @type {Awaited<ReturnType<typeof createRuntime>>} */
    let bot;
    let base = '';

    before(async () => {
      bot = await createRuntime({
        config: loadTestConfig({}),
        store: createMemoryStore(),
        logger: createLogger({ level: 'error', stream: { write: (line) => logs.push(line) } }),
        reply: async ({ text }) => {
          if (failNext) throw new Error('the model is down');
          return `echo ${text}`;
        },
      });
      base = `http://127.0.0.1:${await bot.http.listen(0)}`;
    });
    after(async () => {
      await bot.http.close();
      await bot.stop();
    });

    /** @param {string} text */
    const say = (text) => bot.chat.handle({ channel: 'terminal', userId: 'alice', channelId: 'c', text });

    /** @returns {Promise<Map<string, number>>} each sample line's name and labels, to its value */
    async function scrape() {
      const response = await fetch(`${base}/metrics`);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
      const samples = (await response.text()).split('\n').filter((line) => line !== '' && !line.startsWith('#'));
      return new Map(samples.map((line) => [line.slice(0, line.lastIndexOf(' ')), Number(line.split(' ').at(-1))]));
    }

    it('counts messages and session changes from the session events', async () => {
      await say('hello');
      await say('again');
      await say('/new');
      await bot.events.settled();
      const samples = await scrape();
      assert.equal(samples.get('bot_messages_total{role="user"}'), 2);
      assert.equal(samples.get('bot_messages_total{role="bot"}'), 2);
      assert.equal(samples.get('bot_session_events_total{event="started"}'), 2);
      assert.equal(samples.get('bot_session_events_total{event="paused"}'), 1);
      assert.equal(samples.get('bot_errors_total'), 0);
    });

    it('counts the errors the bot logs, and still logs them', async () => {
      failNext = true;
      await say('this fails');
      failNext = false;
      assert.equal((await scrape()).get('bot_errors_total'), 1);
      assert.equal(JSON.parse(logs.at(-1) ?? '{}').message, 'failed to handle a message');
    });
  });
});
