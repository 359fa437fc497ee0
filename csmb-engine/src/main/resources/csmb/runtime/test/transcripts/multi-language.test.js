// @ts-check
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLogger } from '../../src/core/logger.js';
import { createRuntime } from '../../src/core/runtime.js';
import { createMemoryStore } from '../../src/core/stores/memory.js';
import { loadTestConfig, transcriptReply as reply } from '../support/env.js';

/**
 * A bot on a memory store with a fake clock, and a function from one line of text to the replies.
 * @param {import('../../src/core/types.js').Store} store
 * @param {Record<string, string>} [env]
 */
async function start(store, env = {}) {
  let next = 0;
  const bot = await createRuntime({
    config: loadTestConfig(env),
    store,
    logger: createLogger({ level: 'error' }),
    reply,
    now: () => 1_000,
    newId: () => `${(next += 1)}`.padStart(8, '0'),
  });
  /** @type {(text: string, userId?: string) => Promise<string>} */
  const say = async (text, userId = 'alice') => (await bot.chat.handle({ channel: 'terminal', userId, channelId: 'c', text })).join('\n');
  return { bot, say };
}

describe('multi-language, in a transcript', () => {
  it('answers each user in the language they chose, and keeps the choice in the store', async () => {
    const store = createMemoryStore();
    const { bot, say } = await start(store);
    assert.equal(
      await say('/language'),
      'I answer you in English. Available: de, en, es. /language <code> changes it.',
    );
    assert.equal(await say('/language DE'), 'Ab jetzt antworte ich dir auf Deutsch.');
    assert.equal(await store.getSetting('locale', 'terminal:alice'), 'de');
    assert.equal(await say('/end'), 'Keine aktive Sitzung zum Beenden.');
    assert.match(await say('hallo'), /^Sitzung 00000001 begonnen\.\nDu hast „hallo“ geschrieben/);
    assert.match(await say('/sessions'), /^\* 00000001 {2}aktiv {4} {2} {2}2 Nachrichten/m);
    assert.match(await say('/help'), /^ {2}\/language <code> - Wähle die Sprache/m);
    assert.equal(await say('/end', 'bob'), 'No active session to end.');
    assert.equal(await say('/language es', 'bob'), 'A partir de ahora te respondo en español.');
    assert.equal(await say('/language'), 'Ich antworte dir auf Deutsch. Verfügbar: de, en, es. /language <Code> ändert das.');
    await bot.stop();
  });

  it('refuses a language it does not have and starts users in DEFAULT_LOCALE', async () => {
    const { bot, say } = await start(createMemoryStore(), { DEFAULT_LOCALE: 'es' });
    assert.equal(await say('/language fr'), 'No hablo «fr». Disponibles: de, en, es.');
    assert.equal(await say('/end'), 'No hay ninguna sesión activa que terminar.');
    assert.equal(await say('/language en'), 'From now on I answer you in English.');
    assert.equal(await say('/end'), 'No active session to end.');
    await bot.stop();
  });

  it('rejects a DEFAULT_LOCALE without texts, naming the variable', () => {
    assert.throws(() => loadTestConfig({ DEFAULT_LOCALE: 'fr' }), {
      message: 'Invalid DEFAULT_LOCALE: expected one of de, en, es (got "fr").',
    });
  });
});
