// @ts-check
import { t } from './i18n.js';

/** @param {import('./env.js').EnvReader} env */
export function readConfig(env) {
  return { windowMessages: env.integer('CONTEXT_WINDOW_MESSAGES', { fallback: 10, min: 1, max: 200 }) };
}

/**
 * Hands the session's latest messages to reply() as `context.recentMessages` (oldest first, ending with the message
 * being answered) and adds /context, which shows the same window. The window is bounded so a long session never
 * makes each answer slower or, with a model behind reply(), more expensive.
 * @param {import('./runtime.js').Runtime} runtime
 */
export function install({ config, sessions, chat, commands }) {
  const size = config.contextAwareness.windowMessages;
  chat.addContextProvider(async ({ session }) => ({ recentMessages: await sessions.history(session, size) }));
  commands.register({
    name: 'context',
    description: () => t('contextAwareness.description', { count: size }),
    run: async ({ scope }) => {
      const { session } = await sessions.current(scope);
      if (!session) return t('contextAwareness.noActive');
      const messages = await sessions.history(session, size);
      if (messages.length === 0) return t('contextAwareness.empty');
      const you = t('contextAwareness.user');
      const bot = t('contextAwareness.bot');
      return [
        t('contextAwareness.title', { count: messages.length, limit: size }),
        ...messages.map((m) => `  ${m.role === 'user' ? you : bot}: ${m.text}`),
      ].join('\n');
    },
  });
}
