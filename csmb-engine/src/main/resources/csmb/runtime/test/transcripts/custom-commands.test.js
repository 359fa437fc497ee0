// @ts-check
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createLogger } from '../../src/core/logger.js';
import { createRuntime } from '../../src/core/runtime.js';
import { createMemoryStore } from '../../src/core/stores/memory.js';
import { createSqliteStore } from '../../src/core/stores/sqlite.js';
import { loadTestConfig, transcriptReply as reply } from '../support/env.js';

/**
 * A bot whose admin is `root`, and a function from one line of text to the replies.
 * @param {import('../../src/core/types.js').Store} store
 */
async function start(store) {
  let next = 0;
  const bot = await createRuntime({
    config: loadTestConfig({ ADMIN_USERS: 'terminal:root, terminal:ops' }),
    store,
    logger: createLogger({ level: 'error' }),
    reply,
    now: () => 1_000,
    newId: () => `${(next += 1)}`.padStart(8, '0'),
  });
  /** @type {(text: string, userId?: string) => Promise<string>} */
  const say = async (text, userId = 'root') => (await bot.chat.handle({ channel: 'terminal', userId, channelId: 'c', text })).join('\n');
  return { bot, say };
}

describe('custom commands, in a transcript', () => {
  /** @type {string} */
  let dir;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'custom-commands-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('lets admins add, change and remove text commands that everyone can use', async () => {
    const { bot, say } = await start(createMemoryStore());
    const notHere = 'is not available here. Type /help to see the commands you can use.';
    assert.equal(await say('/addcommand faq See the wiki.', 'alice'), `/addcommand ${notHere}`);
    assert.doesNotMatch(await say('/help', 'alice'), /addcommand/, '/help shows only what the caller may run');
    assert.equal(await say('/addcommand faq See the wiki.'), 'Added /faq. /help lists it.');
    assert.equal(await say('/faq', 'alice'), 'See the wiki.');
    assert.match(await say('/help', 'alice'), /^ {2}\/faq - Says "See the wiki\."$/m);
    assert.equal(await say('/addcommand FAQ See the new wiki.', 'ops'), 'Changed the text of /faq.');
    assert.equal(await say('/faq', 'alice'), 'See the new wiki.');
    assert.equal(await say('/removecommand faq', 'alice'), `/removecommand ${notHere}`);
    assert.equal(await say('/removecommand /faq'), 'Removed /faq.');
    assert.equal(await say('/faq', 'alice'), 'Unknown command /faq. Type /help to see the commands.');
    assert.doesNotMatch(await say('/help'), /\/faq/);
    await bot.stop();
  });

  it('refuses built-in names, bad names and commands that were not added', async () => {
    const { bot, say } = await start(createMemoryStore());
    assert.equal(await say('/addcommand help Nope.'), '/help is a built-in command; choose another name.');
    assert.match(await say('/addcommand'), /^Write \/addcommand <name> <text>/);
    assert.match(await say('/addcommand no.dots here'), /^Write \/addcommand <name> <text>/);
    assert.equal(await say('/removecommand help'), 'There is no added command /help.');
    assert.match(await say('/help'), /^ {2}\/help - Show the commands$/m);
    await bot.stop();
  });

  it('keeps the commands in the store, so they are back after a restart', async () => {
    const path = join(dir, 'commands.db');
    const first = await start(createSqliteStore({ path }));
    await first.say('/addcommand hours Open 9 to 5.');
    await first.say('/addcommand gone Soon removed.');
    await first.say('/removecommand gone');
    await first.bot.stop();
    await first.bot.store.close();

    const second = await start(createSqliteStore({ path }));
    try {
      assert.equal(await second.say('/hours', 'alice'), 'Open 9 to 5.');
      assert.equal(await second.say('/gone', 'alice'), 'Unknown command /gone. Type /help to see the commands.');
      assert.match(await second.say('/help'), /\/hours - Says "Open 9 to 5\."/);
    } finally {
      await second.bot.stop();
      await second.bot.store.close();
    }
  });
});
