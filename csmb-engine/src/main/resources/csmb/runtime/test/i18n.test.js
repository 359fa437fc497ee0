// @ts-check
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DEFAULT_LOCALE, loadCatalogs, t, withLocale } from '../src/core/i18n.js';

const src = new URL('../src/', import.meta.url);
const english = loadCatalogs(new URL('../locales/', import.meta.url)).get(DEFAULT_LOCALE) ?? new Map();

/** @type {Map<string, string[]>} every `t('key'` in the source, with the files that use it */
const used = new Map();
for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.js'))) {
  for (const [, key] of readFileSync(new URL(file, src), 'utf8').matchAll(/\bt\(\s*'([^']+)'/g)) {
    used.set(key, [...(used.get(key) ?? []), `src/${file}`]);
  }
}

/** A key with a plural form (`key.one`, `key.other`, …) is used as `key`. */
const PLURAL = /\.(zero|one|two|few|many|other)$/;

describe('i18n', () => {
  it('has an English text for every key the code uses', () => {
    const missing = [...used].filter(([key]) => !english.has(key) && !english.has(`${key}.other`));
    assert.deepEqual(missing, [], 'add these keys to a locales/*.en.json file');
  });

  it('uses every English text', () => {
    const unused = [...english.keys()].filter((key) => !used.has(key) && !used.has(key.replace(PLURAL, '')));
    assert.deepEqual(unused, [], 'remove these keys or use them with t(\'…\')');
  });

  it('fills placeholders and picks the plural form by count', () => {
    assert.equal(t('sessions.started', { id: 'abc' }), 'Started session abc.');
    assert.match(t('reply.echo', { text: '{count}', count: 1 }), /^You said "\{count\}" \(1 message in/);
    assert.match(t('reply.echo', { text: 'x', count: 2 }), /\(2 messages in/);
  });

  it('falls back to English for a locale without the key, and to the key when nothing has it', () => {
    assert.equal(
      withLocale('xx', () => t('sessions.started', { id: 'abc' })),
      'Started session abc.',
    );
    assert.equal(t('no.such.key'), 'no.such.key');
  });
});
