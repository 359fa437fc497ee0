// @ts-check
import { t } from './core/i18n.js';

/**
 * Answers a plain (non-command) message. This is your bot's brain: replace the body with your own logic.
 * The session already holds the user's message; the core stores what you return as the bot's reply.
 * Texts go through t(); this one is `reply.echo` in locales/core.en.json.
 * @param {object} input
 * @param {string} input.text what the user wrote
 * @param {import('./core/types.js').Session} input.session the user's active session
 * @param {import('./core/chat.js').ReplyContext} input.context what the project's modules add for the answer
 * @returns {Promise<string>}
 */
export async function reply({ text, session }) {
  return t('reply.echo', { text, count: session.messageCount });
}
