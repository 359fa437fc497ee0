// @ts-check
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createLogger } from '../../src/core/logger.js';
import { createRuntime } from '../../src/core/runtime.js';
import { openStore } from '../../src/core/stores/index.js';
import { loadTestConfig, transcriptReply as reply } from '../support/env.js';

/** @type {string} */
let dir;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'persistence-'));
});
after(() => rm(dir, { recursive: true, force: true }));

describe('message-persistence transcript', () => {
  it('keeps the history in SQLite and shows it after a restart', async () => {
    // SQLite is the default store unless scalability or real-time sync make it Redis (test/config.test.js checks the
    // default); it is named here so the transcript holds for every project with message persistence.
    const config = loadTestConfig({ SESSION_STORE: 'sqlite', SQLITE_PATH: join(dir, 'bot.db') });
    assert.equal(config.store.kind, 'sqlite');
    let time = Date.UTC(2025, 0, 31, 14, 5);
    /** Opens the store and a runtime on it, as src/index.js does at each start. */
    const start = async () => {
      const store = await openStore(config.store);
      const bot = await createRuntime({
        config,
        store,
        logger: createLogger({ level: 'error' }),
        reply,
        now: () => (time += 1000),
        newId: () => 'feedbeef-0000',
      });
      /** @param {string} text */
      const say = async (text) => (await bot.chat.handle({ channel: 'terminal', userId: 'alice', channelId: 'c', text })).join('\n');
      const stop = async () => {
        await bot.stop();
        await store.close();
      };
      return { say, stop };
    };

    const first = await start();
    assert.match(await first.say('remember the milk'), /^Started session feedbeef\.\nYou said "remember the milk"/);
    assert.match(await first.say('and the eggs'), /^You said "and the eggs" \(3 messages/);
    await first.stop();

    const second = await start();
    assert.equal(
      await second.say('/history'),
      [
        'Session feedbeef, last 4 of 4 messages:',
        '  you: remember the milk',
        '  bot: You said "remember the milk" (1 message in this session so far). Type /help to see what I can do.',
        '  you: and the eggs',
        '  bot: You said "and the eggs" (3 messages in this session so far). Type /help to see what I can do.',
      ].join('\n'),
    );
    assert.match(await second.say('/sessions'), /^\* feedbeef {2}active {7}4 messages/m);
    await second.stop();
  });
});
