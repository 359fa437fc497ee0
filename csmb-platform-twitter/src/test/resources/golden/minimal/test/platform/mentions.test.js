// @ts-check
// The real adapter, through the real twitter-api-v2 client, against a local fake of the X API: nothing leaves the
// machine. Each bot here is what src/index.js builds (config, store, runtime, adapter), polling every 25 ms.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, describe, it } from 'node:test';
import { createLogger } from '../../src/core/logger.js';
import { createRuntime } from '../../src/core/runtime.js';
import { openStore } from '../../src/core/stores/index.js';
import { createAdapter, splitIntoTweets } from '../../src/platform/adapter.js';
import { REQUIRED, loadTestConfig, transcriptReply } from '../support/env.js';
import { BOT, startFakeXApi } from './fake-x-api.js';

const MENTIONS = 'GET /2/users/:id/mentions';
const dir = mkdtempSync(join(tmpdir(), 'twitter-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const skip = false;
let stores = 0;
/** A store of its own for each test: a fresh SQLite file, which survives a bot's restart like the real one. */
const freshStore = () => ({ SESSION_STORE: 'sqlite', SQLITE_PATH: join(dir, `bot-${(stores += 1)}.db`) });

/** @typedef {Awaited<ReturnType<typeof startFakeXApi>>} FakeXApi */

/**
 * Runs `body` with a fresh fake X API and a way to start bots on it as src/index.js does (config, store, runtime,
 * adapter, polling every 25 ms), talking to the fake through the SDK's httpAgent. Bots still running at the end are
 * stopped before the fake closes, whatever happened.
 * @param {(fake: FakeXApi, startBot: (storeEnv: Record<string, string | undefined>) => Promise<Bot>) => Promise<void>} body
 */
async function withFake(body) {
  const fake = await startFakeXApi({ consumerKey: REQUIRED.TWITTER_API_KEY });
  /** @type {Set<Bot>} */
  const running = new Set();
  /** @param {Record<string, string | undefined>} storeEnv */
  async function startBot(storeEnv) {
    const config = loadTestConfig({ LOG_LEVEL: 'error', ...storeEnv });
    const store = await openStore(config.store);
    const logger = createLogger({ level: 'error' });
    const runtime = await createRuntime({ config, store, logger, reply: transcriptReply });
    const { chat, commands } = runtime;
    const adapter = createAdapter({
      config, chat, commands, logger, runtime, onEnd: () => undefined, httpAgent: fake.agent, pollIntervalMs: 25,
    });
    await adapter.start();
    /** @type {Bot} */
    const bot = {
      store,
      async stop() {
        running.delete(bot);
        await adapter.stop();
        await runtime.stop();
        await store.close();
      },
    };
    running.add(bot);
    return bot;
  }
  try {
    await body(fake, startBot);
  } finally {
    for (const bot of running) await bot.stop();
    await fake.close();
  }
}

/**
 * @typedef {object} Bot
 * @property {import('../../src/core/types.js').Store} store
 * @property {() => Promise<void>} stop
 */

/**
 * Waits until `condition` holds, at most `ms`.
 * @param {() => boolean} condition
 * @param {string} what
 * @param {number} [ms]
 */
async function waitFor(condition, what, ms = 5000) {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/**
 * Lets the bot poll `times` more times, so an answer given twice would have shown up.
 * @param {FakeXApi} fake
 * @param {number} times
 */
async function pollsMore(fake, times) {
  const seen = fake.count(MENTIONS);
  await waitFor(() => fake.count(MENTIONS) >= seen + times, `${times} more polls`);
}

/**
 * The bot's tweets answering one tweet directly.
 * @param {FakeXApi} fake
 * @param {import('./fake-x-api.js').FakeTweet} tweet
 */
const answersTo = (fake, tweet) => fake.replies().filter((reply) => reply.in_reply_to_tweet_id === tweet.id);

/**
 * The whole answer to a tweet: the direct reply and the replies threaded below it, in order.
 * @param {FakeXApi} fake
 * @param {import('./fake-x-api.js').FakeTweet} tweet
 */
function thread(fake, tweet) {
  const parts = [];
  for (let next = answersTo(fake, tweet)[0]; next; next = answersTo(fake, next)[0]) parts.push(next.text);
  return parts.join(' ');
}

describe('Twitter/X mentions', { timeout: 30_000 }, () => {
  it('answers each mention once, in a threaded reply, and nothing again after a restart', { skip }, () =>
    withFake(async (fake, startBot) => {
      const storeEnv = freshStore();
      const old = fake.tweet('2001', `@${BOT.username} written before the bot ever ran`);
      const first = await startBot(storeEnv);
      await waitFor(() => fake.count(MENTIONS) >= 1, 'the first poll');
      const hello = fake.tweet('2001', `@${BOT.username} hello`);
      const hi = fake.tweet('2002', `@someone @${BOT.username} hi there`);
      await waitFor(() => answersTo(fake, hello).length > 0 && answersTo(fake, hi).length > 0, 'two replies');
      assert.match(answersTo(fake, hello)[0].text, /You said "hello" \(1 message/);
      assert.match(answersTo(fake, hi)[0].text, /You said "hi there" \(1 message/);
      await first.stop();

      const history = fake.tweet('2001', `@${BOT.username} /history`);
      const second = await startBot(storeEnv);
      await waitFor(() => answersTo(fake, history).length > 0, 'the reply after the restart');
      await pollsMore(fake, 3);
      await second.stop();

      // The session and its history survived the restart.
      assert.match(thread(fake, history), /you: hello/);
      for (const mention of [hello, hi, history]) assert.equal(answersTo(fake, mention).length, 1, mention.text);
      assert.equal(answersTo(fake, old).length, 0, 'mentions from before the first start are history');
    }));

  it('two instances on one store answer each mention exactly once', { skip }, () =>
    withFake(async (fake, startBot) => {
      const storeEnv = freshStore();
      const bots = [await startBot(storeEnv), await startBot(storeEnv)];
      await waitFor(() => fake.count(MENTIONS) >= 2, 'both first polls');
      const mentions = ['one', 'two', 'three', 'four', 'five', 'six'].map((word, i) =>
        fake.tweet(`${3000 + (i % 3)}`, `@${BOT.username} ${word}`),
      );
      await waitFor(() => mentions.every((m) => answersTo(fake, m).length > 0), 'six replies');
      await pollsMore(fake, 6);
      await Promise.all(bots.map((bot) => bot.stop()));
      for (const mention of mentions) assert.equal(answersTo(fake, mention).length, 1, mention.text);
      assert.equal(fake.replies().length, 6);
    }));

  it('waits until x-rate-limit-reset after a 429, then goes on', { skip }, () =>
    withFake(async (fake, startBot) => {
      const bot = await startBot(freshStore());
      await waitFor(() => fake.count(MENTIONS) >= 1, 'the first poll');
      fake.rateLimitNext(MENTIONS, 1);
      const question = fake.tweet('2001', `@${BOT.username} are you there?`);
      await waitFor(() => answersTo(fake, question).length > 0, 'the reply after the reset', 8000);
      await bot.stop();

      const limited = fake.requests.find((r) => r.status === 429);
      assert.ok(limited, 'the fake answered 429 once');
      const next = fake.requests.find((r) => r.path.endsWith('/mentions') && r.at > limited.at);
      assert.ok(next);
      // The reset was one to two seconds away; polling every 25 ms, an impatient client would be back at once.
      assert.ok(next.at - limited.at >= 900, `asked again after ${next.at - limited.at} ms`);
      assert.match(answersTo(fake, question)[0].text, /are you there\?/);
    }));

  it('knows people by their X id, whatever they write, and never answers itself', { skip }, () =>
    withFake(async (fake, startBot) => {
      const bot = await startBot(freshStore());
      await waitFor(() => fake.count(MENTIONS) >= 1, 'the first poll');
      const claim = fake.tweet('6666', `@${BOT.username} I am user 2001, and twitter:2001 too`);
      const own = fake.tweet(BOT.id, `@${BOT.username} a note to myself`);
      const empty = fake.tweet('6666', `@${BOT.username}`);
      await waitFor(() => answersTo(fake, claim).length > 0 && answersTo(fake, empty).length > 0, 'two replies');
      await pollsMore(fake, 2);
      const sessions = await bot.store.listAllSessions();
      await bot.stop();

      assert.deepEqual([...new Set(sessions.map((s) => s.userId))], ['twitter:6666']);
      assert.equal(answersTo(fake, own).length, 0);
      assert.match(answersTo(fake, empty)[0].text, /^Mention me with a message/);
    }));

  it('threads a long answer as replies to its own previous part', { skip }, () =>
    withFake(async (fake, startBot) => {
      const bot = await startBot(freshStore());
      await waitFor(() => fake.count(MENTIONS) >= 1, 'the first poll');
      const words = Array.from({ length: 50 }, (_, i) => `word${i}`).join(' ');
      const long = fake.tweet('2001', `@${BOT.username} ${words}`);
      await waitFor(() => thread(fake, long).includes('Type /help'), 'the whole thread');
      await bot.stop();

      const [head] = answersTo(fake, long);
      const [tail] = answersTo(fake, head);
      assert.ok(tail, 'the second part replies to the first');
      assert.ok(fake.replies().every((reply) => [...reply.text].length <= 280));
      assert.match(thread(fake, long), /word0 .* word49/);
    }));

  it('splits at spaces, and inside a word only when it must', () => {
    assert.deepEqual(splitIntoTweets('aaa bbb ccc', 7), ['aaa bbb', 'ccc']);
    assert.deepEqual(splitIntoTweets('abcdefghij', 4), ['abcd', 'efgh', 'ij']);
    assert.deepEqual(splitIntoTweets('short'), ['short']);
  });
});
