// @ts-check
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { createLogger } from '../../src/core/logger.js';
import { createRuntime } from '../../src/core/runtime.js';
import { openStore } from '../../src/core/stores/index.js';
import { loadTestConfig } from '../support/env.js';

/** @typedef {Awaited<ReturnType<typeof createRuntime>>} Bot */

const USERS = 5;
const MESSAGES_PER_USER = 30;

/** @type {string} */
let dir;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'concurrency-'));
});
after(() => rm(dir, { recursive: true, force: true }));

/**
 * @typedef {object} ReplyControl
 * @property {Promise<void>} [gate] holds the reply until resolved; without it the reply waits 20 ms
 */

/**
 * A reply that takes its time, as one that asks a model does; `gate` holds it until the test lets it go.
 * @param {ReplyControl} [control]
 * @returns {import('../../src/core/chat.js').ReplyFunction}
 */
const slowReply = (control = {}) => async ({ text }) => {
  await (control.gate ?? delay(20));
  return `answer to ${text}`;
};

/**
 * Starts `count` runtimes on stores opened from one configuration: two of them are two instances on one database.
 * @param {Record<string, string>} env
 * @param {number} count
 * @param {import('../../src/core/chat.js').ReplyFunction} reply
 */
async function startBots(env, count, reply) {
  const config = loadTestConfig({
    ...env,
  });
  /** @type {Bot[]} */
  const bots = [];
  for (let i = 0; i < count; i += 1) {
    const store = await openStore(config.store);
    bots.push(await createRuntime({ config, store, logger: createLogger({ level: 'error' }), reply }));
  }
  return {
    bots,
    /**
     * Hands a message to an instance's chat, as a platform adapter does.
     * @param {number} instance
     * @param {string} userId
     * @param {string} text
     */
    send: (instance, userId, text) => bots[instance % bots.length].chat.handle({ channel: 'test', userId, channelId: 'load', text }),
    /** The stored scope of a user sending through {@link send}. */
    scopeOf: (/** @type {string} */ userId) => ({ userId: `test:${userId}`, channelId: 'test:load' }),
    async stop() {
      for (const bot of bots) {
        await bot.stop();
        await bot.store.close();
      }
    },
  };
}

/**
 * Sends 30 messages for each of 5 users at once, spread over the instances, and checks that every message and every
 * answer was stored and counted, in one active session per user.
 * @param {Awaited<ReturnType<typeof startBots>>} run
 */
async function sendTogetherAndCount(run) {
  const users = Array.from({ length: USERS }, (_, i) => `user-${i}`);
  const sends = users.flatMap((user) =>
    Array.from({ length: MESSAGES_PER_USER }, (_, i) => run.send(i, user, `message ${i} from ${user}`)),
  );
  const replies = await Promise.all(sends);
  for (const reply of replies) assert.match(reply.at(-1) ?? '', /^answer to message \d+ from user-\d$/);
  const store = run.bots[0].store;
  for (const user of users) {
    const sessions = await store.listSessions(run.scopeOf(user));
    assert.equal(sessions.filter((s) => s.status === 'active').length, 1, `one active session for ${user}`);
    let stored = 0;
    for (const session of sessions) {
      const rows = (await store.listMessages(session.id, Number.MAX_SAFE_INTEGER)).length;
      assert.equal(session.messageCount, rows, `the count of ${user}'s session ${session.id} is its rows`);
      stored += rows;
    }
    assert.equal(stored, 2 * MESSAGES_PER_USER, `every message of ${user} and every answer stored`);
  }
}

/**
 * @param {string} kind
 * @param {() => Record<string, string>} envOf a fresh store configuration
 * @param {number} instances
 */
function concurrencySuite(kind, envOf, instances) {
  it(`stores and counts 30 concurrent messages per user × 5 users (${kind}, ${instances} instance(s))`, async () => {
    const run = await startBots(envOf(), instances, slowReply());
    try {
      await sendTogetherAndCount(run);
    } finally {
      await run.stop();
    }
  });

  it(`keeps /end and /new made during a slow reply, and lands the reply in its own session (${kind})`, async () => {
    /** @type {() => void} */
    let release = () => {};
    const control = { gate: new Promise((resolve) => (release = () => resolve(undefined))) };
    const run = await startBots(envOf(), instances, slowReply(control));
    try {
      const scope = run.scopeOf('ender');
      const pending = run.send(0, 'ender', 'slow one');
      await eventually(async () => (await run.bots[0].store.listSessions(scope)).some((s) => s.messageCount === 1));
      assert.match((await run.send(1, 'ender', '/end')).join('\n'), /^Completed session/);
      release();
      assert.deepEqual((await pending).at(-1), 'answer to slow one');
      const [ended] = await run.bots[0].store.listSessions(scope);
      assert.equal(ended.status, 'completed', '/end stays effective after the reply landed');
      assert.equal(ended.messageCount, 2, 'the reply landed in the session it began in');

      control.gate = new Promise((resolve) => (release = () => resolve(undefined)));
      const second = run.send(0, 'ender', 'another slow one');
      await eventually(async () => (await run.bots[0].store.listSessions(scope)).some((s) => s.status === 'active'));
      assert.match((await run.send(1, 'ender', '/new')).join('\n'), /^Started session/);
      release();
      await second;
      const sessions = await run.bots[0].store.listSessions(scope);
      const active = sessions.filter((s) => s.status === 'active');
      assert.equal(active.length, 1, 'one active session after /new during a reply');
      assert.equal(active[0].messageCount, 0, 'the new session did not get the old reply');
      const paused = sessions.find((s) => s.status === 'paused');
      assert.equal(paused?.messageCount, 2, 'the reply landed in the paused session it began in');
    } finally {
      release();
      await run.stop();
    }
  });
}

/**
 * Waits until `check` holds, for up to 5 s.
 * @param {() => Promise<boolean>} check
 */
async function eventually(check) {
  for (let waited = 0; !(await check()); waited += 10) {
    if (waited > 5000) throw new Error('timed out waiting');
    await delay(10);
  }
}

describe('one writer per session', () => {
  concurrencySuite('memory', () => ({ SESSION_STORE: 'memory' }), 1);
  let files = 0;
  concurrencySuite('sqlite', () => ({ SESSION_STORE: 'sqlite', SQLITE_PATH: join(dir, `load-${(files += 1)}.db`) }), 1);
  // Two stores on one file: two processes' worth of connections, each with its own write lock.
  concurrencySuite('sqlite', () => ({ SESSION_STORE: 'sqlite', SQLITE_PATH: join(dir, `load-${(files += 1)}.db`) }), 2);
});
