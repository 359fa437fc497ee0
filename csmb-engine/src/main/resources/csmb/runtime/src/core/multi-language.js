// @ts-check
import { DEFAULT_LOCALE, currentLocale, locales, t, withLocale } from './i18n.js';

/** The store settings namespace of the users' chosen locales, keyed by user id. */
const NAMESPACE = 'locale';

/** @param {import('./env.js').EnvReader} env */
export function readConfig(env) {
  return { defaultLocale: env.oneOf('DEFAULT_LOCALE', locales(), DEFAULT_LOCALE) };
}

/**
 * Answers each user in their own language: the one they chose with /language, kept in the store per user (so it
 * follows them across channels and, with a persistent store, restarts), else DEFAULT_LOCALE.
 * @param {import('./runtime.js').Runtime} runtime
 */
export function install({ config, store, chat, commands }) {
  const { defaultLocale } = config.multiLanguage;
  chat.setLocaleResolver(async ({ userId }) => (await store.getSetting(NAMESPACE, userId)) ?? defaultLocale);
  commands.register({
    name: 'language',
    args: '<code>',
    description: () => t('multiLanguage.description', { locales: locales().join(', ') }),
    run: async ({ scope, args }) => {
      const available = locales().join(', ');
      if (args === '') {
        return t('multiLanguage.current', { language: languageName(currentLocale()), locales: available });
      }
      const locale = locales().find((code) => code.toLowerCase() === args.toLowerCase());
      if (!locale) return t('multiLanguage.unknown', { code: args, locales: available });
      await store.setSetting(NAMESPACE, scope.userId, locale);
      return withLocale(locale, () => t('multiLanguage.changed', { language: languageName(locale) }));
    },
  });
}

/**
 * The language's own name in the current locale, e.g. "Deutsch" for de while speaking German.
 * @param {string} locale
 */
function languageName(locale) {
  return new Intl.DisplayNames([currentLocale()], { type: 'language' }).of(locale) ?? locale;
}
