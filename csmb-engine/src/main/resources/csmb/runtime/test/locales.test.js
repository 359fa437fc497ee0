// @ts-check
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DEFAULT_LOCALE, locales } from '../src/core/i18n.js';

/** The languages every part of the bot is translated into. */
const REQUIRED = ['de', 'en', 'es'];

const dir = new URL('../locales/', import.meta.url);

/** @type {Map<string, Map<string, Record<string, string>>>} part → locale → texts */
const parts = new Map();
for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
  const [, part, locale] = /^(.+)\.([^.]+)\.json$/.exec(file) ?? [];
  const byLocale = parts.get(part) ?? new Map();
  byLocale.set(locale, JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
  parts.set(part, byLocale);
}

/**
 * The sorted placeholders of a text, e.g. ["count", "id"].
 * @param {string} text
 */
const placeholders = (text) => [...text.matchAll(/\{(\w+)\}/g)].map(([, name]) => name).sort();

describe('locales', () => {
  it('offers at least English, Spanish and German', () => {
    assert.deepEqual(
      REQUIRED.filter((locale) => !locales().includes(locale)),
      [],
    );
  });

  for (const [part, byLocale] of [...parts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const english = byLocale.get(DEFAULT_LOCALE) ?? {};

    it(`has every language for ${part}`, () => {
      assert.deepEqual([...byLocale.keys()].sort(), locales(), `add the missing locales/${part}.<locale>.json`);
    });

    for (const [locale, texts] of byLocale) {
      if (locale === DEFAULT_LOCALE) continue;
      it(`has exactly the English keys and placeholders in ${part}.${locale}.json`, () => {
        assert.deepEqual(Object.keys(texts).sort(), Object.keys(english).sort());
        for (const [key, text] of Object.entries(texts)) {
          assert.deepEqual(placeholders(text), placeholders(english[key] ?? ''), `${key} in ${part}.${locale}.json`);
        }
      });
    }
  }
});
