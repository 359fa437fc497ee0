// @ts-check
import { AsyncLocalStorage } from 'node:async_hooks';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * Every bot-facing string goes through {@link t}. The texts live in `locales/<part>.<locale>.json`: one flat
 * file per part of the bot and locale (`core.en.json`, `platform.en.json`, …), so each part owns its strings and
 * adding one never edits another's file. Keys are namespaced by the module that uses them (`commands.end.done`).
 */

/** The locale every key exists in; other locales fall back to it key by key. */
export const DEFAULT_LOCALE = 'en';

/** @typedef {Map<string, string>} Catalog key → text with `{name}` placeholders */

/**
 * Reads every catalog in `dir`. The same key in two files of one locale is a mistake and throws.
 * @param {URL} dir
 * @returns {Map<string, Catalog>} locale → catalog
 */
export function loadCatalogs(dir) {
  /** @type {Map<string, Catalog>} */
  const catalogs = new Map();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
    const [, locale] = /^[\w-]+\.([a-z]{2,3}(?:-[A-Z]{2})?)\.json$/.exec(file) ?? [];
    if (!locale) throw new Error(`locales/${file}: expected a name like core.en.json`);
    const catalog = catalogs.get(locale) ?? new Map();
    for (const [key, text] of Object.entries(JSON.parse(readFileSync(new URL(file, dir), 'utf8')))) {
      if (catalog.has(key)) throw new Error(`locales/${file}: ${key} is also defined in another ${locale} file`);
      catalog.set(key, String(text));
    }
    catalogs.set(locale, catalog);
  }
  return catalogs;
}

const catalogs = loadCatalogs(new URL('../../locales/', import.meta.url));

/** @type {AsyncLocalStorage<string>} */
const current = new AsyncLocalStorage();

/**
 * Runs `fn` with {@link t} speaking `locale` (the default locale when undefined), through every await inside it.
 * @template T
 * @param {string | undefined} locale
 * @param {() => T} fn
 * @returns {T}
 */
export function withLocale(locale, fn) {
  return current.run(locale ?? DEFAULT_LOCALE, fn);
}

/** The locale {@link t} speaks here. */
export function currentLocale() {
  return current.getStore() ?? DEFAULT_LOCALE;
}

/** The locales there are texts for, sorted. */
export function locales() {
  return [...catalogs.keys()].sort();
}

/**
 * The text for `key` in the current locale, with `{name}` placeholders filled from `params`. With a numeric
 * `params.count`, the plural form `key.one`, `key.other`, … is chosen by the locale's rules. A missing key gives
 * the key itself, so a gap shows in the chat instead of crashing it (test/i18n.test.js fails on it). Keys are
 * string literals, so that test can find them.
 * @param {string} key
 * @param {Record<string, string | number>} [params]
 * @returns {string}
 */
export function t(key, params = {}) {
  const locale = currentLocale();
  const form = typeof params.count === 'number' ? new Intl.PluralRules(locale).select(params.count) : undefined;
  const text =
    (form && lookup(locale, `${key}.${form}`)) ?? lookup(locale, key) ?? lookup(locale, `${key}.other`) ?? key;
  return text.replace(/\{(\w+)\}/g, (placeholder, name) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );
}

/**
 * @param {string} locale
 * @param {string} key
 */
function lookup(locale, key) {
  return catalogs.get(locale)?.get(key) ?? catalogs.get(DEFAULT_LOCALE)?.get(key);
}
