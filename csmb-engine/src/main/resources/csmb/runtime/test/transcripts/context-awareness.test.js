// @ts-check
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { createLogger } from '../../src/core/logger.js';
import { createRuntime } from '../../src/core/runtime.js';
import { createMemoryStore } from '../../src/core/stores/memory.js';
import { loadTestConfig } from '../support/env.js';

/** @typedef {import('../../src/core/chat.js').ReplyInput} ReplyInput */

describe('context awareness, in a transcript', () => {
  /** @type {Awaited<ReturnType<typeof createRuntime>>} */
  let bot;
  /** @type {ReplyInput[]} what reply() was given */
  let seen;
  /** @type {(text: string) => Promise<string>} */
  let say;

  beforeEach(async () => {
    let next = 0;
    seen = [];
    bot = await createRuntime({
      config: loadTestConfig({ CONTEXT_WINDOW_MESSAGES: '3' }),
      store: createMemoryStore(),
      logger: createLogger({ level: 'error' }),
      reply: (input) => {
        seen.push(input);
        return `answer ${seen.length}`;
      },
      now: () => 1_000,
      newId: () => `${(next += 1)}`.padStart(8, '0'),
    });
    say = async (text) => (await bot.chat.handle({ channel: 'terminal', userId: 'alice', channelId: 'c', text })).join('\n');
  });
  afterEach(() => bot.stop());

  it('hands reply() a bounded window of the latest messages, ending with the one it answers', async () => {
    await say('one');
    assert.deepEqual(
      seen[0].context.recentMessages.map((m) => `${m.role}:${m.text}`),
      ['user:one'],
    );
    await say('two');
    await say('three');
    assert.deepEqual(
      seen[2].context.recentMessages.map((m) => `${m.role}:${m.text}`),
      ['user:two', 'bot:answer 2', 'user:three'],
    );
  });

  it('shows the window with /context', async () => {
    assert.equal(await say('/context'), 'No active session, so no context. Send a message to start one.');
    await say('/new');
    assert.equal(await say('/context'), 'The active session has no messages yet.');
    await say('one');
    await say('two');
    assert.equal(
      await say('/context'),
      ['Context for the next answer (3 messages, at most 3):', '  bot: answer 1', '  you: two', '  bot: answer 2'].join(
        '\n',
      ),
    );
    assert.match(await say('/help'), /^ {2}\/context - Show the last 3 messages the bot keeps in mind/m);
  });
});
