// @ts-check
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLogger } from '../../src/core/logger.js';
import { createRuntime } from '../../src/core/runtime.js';
import { createMemoryStore } from '../../src/core/stores/memory.js';
import { loadTestConfig, transcriptReply as reply } from '../support/env.js';

const MINUTE = 60_000;

/**
 * A runtime on a memory store with a clock the test moves.
 * @param {Record<string, string>} env
 */
async function botWith(env) {
  const clock = { time: Date.UTC(2025, 0, 31, 14, 5) };
  let next = 0;
  const store = createMemoryStore();
  const bot = await createRuntime({
    config: loadTestConfig(env),
    store,
    logger: createLogger({ level: 'error' }),
    reply,
    now: () => clock.time,
    newId: () => `${(next += 1)}`.padStart(8, '0'),
  });
  /** @param {string} text @param {string} [userId] @param {string} [channelId] */
  const say = async (text, userId = 'alice', channelId = 'room') =>
    (await bot.chat.handle({ channel: 'terminal', userId, channelId, text })).join('\n');
  return { bot, store, clock, say };
}

describe('session-management transcript', () => {
  it('moves a session through active, paused, completed and archived', async () => {
    const { bot, store, say } = await botWith({});
    const status = async (/** @type {string} */ id) => (await store.getSession(id))?.status;

    assert.match(await say('hello'), /^Started session 00000001\./);
    assert.equal(await status('00000001'), 'active');
    assert.equal(await say('/new'), 'Started session 00000002.');
    assert.equal(await status('00000001'), 'paused');
    assert.match(await say('/resume 00000001'), /^Resumed session 00000001 \(2 messages\)/);
    assert.equal(await status('00000002'), 'paused');
    assert.equal(await say('/end'), 'Completed session 00000001. Your next message starts a new one.');
    assert.equal(await status('00000001'), 'completed');
    assert.equal(await say('/archive 00000001'), 'Archived session 00000001.');
    assert.equal(await status('00000001'), 'archived');
    assert.match(await say('/resume 00000001'), /archived/);
    assert.doesNotMatch(await say('/sessions'), /00000001/);
    await bot.stop();
  });

  it('pauses a session idle past SESSION_IDLE_MINUTES and starts a new one', async () => {
    const { bot, store, clock, say } = await botWith({ SESSION_IDLE_MINUTES: '10' });
    await say('hello');
    clock.time += 10 * MINUTE - 1;
    assert.match(await say('still here'), /^You said "still here"/);
    clock.time += 10 * MINUTE;
    assert.equal(
      (await say('back')).split('\n').slice(0, 2).join('\n'),
      'Session 00000001 was idle too long and is paused; /resume 00000001 returns to it.\nStarted session 00000002.',
    );
    assert.equal((await store.getSession('00000001'))?.status, 'paused');
    assert.equal((await store.getSession('00000001'))?.messageCount, 4);
    await bot.stop();
  });

  it('keeps each user\u2019s sessions apart with SESSION_SCOPE=user', async () => {
    const { bot, store, say } = await botWith({ SESSION_SCOPE: 'user' });
    await say('from alice', 'alice');
    assert.match(await say('from bob', 'bob'), /^Started session 00000002\./);
    assert.equal((await store.listSessions({ userId: 'terminal:alice', channelId: 'terminal:room' })).length, 1);
    assert.match(await say('/history', 'bob'), /you: from bob/);
    assert.doesNotMatch(await say('/history', 'bob'), /from alice/);
    await bot.stop();
  });

  it('shares one session per channel with SESSION_SCOPE=channel', async () => {
    const { bot, store, say } = await botWith({ SESSION_SCOPE: 'channel' });
    assert.match(await say('from alice', 'alice'), /^Started session 00000001\./);
    assert.match(await say('from bob', 'bob'), /^You said "from bob" \(3 messages in this session so far\)/);
    assert.match(await say('/history', 'bob'), /you: from alice\n.*\n {2}you: from bob/);
    assert.match(await say('elsewhere', 'bob', 'other-room'), /^Started session 00000002\./);
    const shared = await store.listSessions({ userId: '*', channelId: 'terminal:room' });
    assert.deepEqual(
      shared.map((s) => [s.id, s.messageCount]),
      [['00000001', 4]],
    );
    await bot.stop();
  });

  it('rejects an unknown SESSION_SCOPE with one line', () => {
    assert.throws(() => loadTestConfig({ SESSION_SCOPE: 'team' }), {
      message: 'Invalid SESSION_SCOPE: expected one of user, channel (got "team").',
    });
  });
});
