// @ts-check
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { createLogger } from '../../src/core/logger.js';
import { createRuntime } from '../../src/core/runtime.js';
import { createMemoryStore } from '../../src/core/stores/memory.js';
import { loadTestConfig } from '../support/env.js';

describe('conversation branching, in a transcript', () => {
  /** @type {Awaited<ReturnType<typeof createRuntime>>} */
  let bot;
  /** @type {(text: string, userId?: string) => Promise<string>} */
  let say;

  beforeEach(async () => {
    let next = 0;
    let time = 1_000;
    bot = await createRuntime({
      config: loadTestConfig({}),
      store: createMemoryStore(),
      logger: createLogger({ level: 'error' }),
      // A short answer keeps the transcripts readable; the real reply() is covered elsewhere.
      reply: ({ text }) => `re: ${text}`,
      now: () => (time += 1),
      newId: () => `${(next += 1)}`.padStart(8, '0'),
    });
    say = async (text, userId = 'alice') => (await bot.chat.handle({ channel: 'terminal', userId, channelId: 'c', text })).join('\n');
  });
  afterEach(() => bot.stop());

  /** The texts of the active session, as /history would show them. */
  async function activeTexts() {
    const { session } = await bot.sessions.current({ userId: 'terminal:alice', channelId: 'terminal:c' });
    assert.ok(session);
    return (await bot.sessions.history(session, 100)).map((m) => m.text);
  }

  it('forks the active session with its history and switches between branches', async () => {
    assert.equal(await say('/branches'), 'No branches yet. /branch <name> forks the active session.');
    assert.equal(await say('/branch idea'), 'No active session to branch. Send a message to start one.');
    await say('plan a trip');
    assert.equal(
      await say('/branch beach'),
      'Now on branch beach (session 00000002), with a copy of the 2 messages so far. /switch returns to another branch.',
    );
    await say('somewhere warm');
    assert.deepEqual(await activeTexts(), ['plan a trip', 're: plan a trip', 'somewhere warm', 're: somewhere warm']);

    assert.equal(await say('/switch main'), 'Now on branch main (session 00000001, 2 messages).');
    assert.deepEqual(await activeTexts(), ['plan a trip', 're: plan a trip']);
    await say('/branch mountains');
    assert.equal(
      await say('/branches'),
      [
        'Your branches (* = active):',
        '  beach  00000002  paused  from 00000001',
        '  main  00000001  paused',
        '* mountains  00000003  active  from 00000001',
      ].join('\n'),
    );
    const parent = await bot.store.getSession('00000001');
    assert.equal(parent?.messageCount, 2);
    assert.equal((await bot.store.getSession('00000003'))?.messageCount, 2);
  });

  it('refuses taken and malformed names, unknown branches, and keeps branches per user', async () => {
    await say('hello');
    await say('/branch one');
    assert.equal(await say('/branch one'), 'There is already a branch one; /switch one goes to it.');
    assert.match(await say('/branch two words'), /^Name the branch with letters/);
    assert.equal(await say('/switch nowhere'), 'No branch nowhere. /branches lists them.');
    assert.equal(await say('/branches', 'bob'), 'No branches yet. /branch <name> forks the active session.');
    assert.equal(await say('/switch one', 'bob'), 'No branch one. /branches lists them.');
  });
});
