// @ts-check

/**
 * Answers a plain (non-command) message. This is your bot's brain: replace the body with your own logic.
 * The session already holds the user's message; the core stores what you return as the bot's reply.
 * @param {object} input
 * @param {string} input.text what the user wrote
 * @param {import('./core/types.js').Session} input.session the user's active session
 * @returns {Promise<string>}
 */
export async function reply({ text, session }) {
  const count = session.messageCount === 1 ? '1 message' : `${session.messageCount} messages`;
  return `You said "${text}" (${count} in this session so far). Type /help to see what I can do.`;
}
