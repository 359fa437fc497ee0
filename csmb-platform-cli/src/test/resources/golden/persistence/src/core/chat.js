// @ts-check
import { SessionError, shortId } from './sessions.js';

/** @typedef {import('./types.js').Session} Session */

/**
 * What a platform hands to the core for each incoming message.
 * @typedef {object} IncomingMessage
 * @property {string} userId
 * @property {string} channelId
 * @property {string} text
 */

/**
 * The function that answers plain messages (see src/reply.js).
 * @typedef {(input: { text: string, session: Session }) => Promise<string> | string} ReplyFunction
 */

/**
 * @typedef {ReturnType<typeof createChat>} Chat
 */

/**
 * Turns incoming messages into replies: commands go to the router, everything else is recorded in the
 * user's active session (started on demand) and answered by the reply function.
 * @param {object} deps
 * @param {import('./sessions.js').SessionManager} deps.sessions
 * @param {import('./commands.js').CommandRouter} deps.commands
 * @param {ReplyFunction} deps.reply
 * @param {import('./logger.js').Logger} deps.logger
 */
export function createChat({ sessions, commands, reply, logger }) {
  /**
   * @param {IncomingMessage} message
   * @returns {Promise<string[]>}
   */
  async function converse({ userId, channelId, text }) {
    const scope = { userId, channelId };
    if (commands.isCommand(text)) return [await commands.handle(text, scope)];

    const notes = [];
    let { session, expired } = await sessions.current(scope);
    if (!session) {
      session = await sessions.start(scope);
      if (expired) {
        notes.push(
          `Session ${shortId(expired)} was idle too long and is paused; /resume ${shortId(expired)} returns to it.`,
        );
      }
      notes.push(`Started session ${shortId(session)}.`);
    }
    session = await sessions.record(session, 'user', text);
    const answer = await reply({ text, session });
    await sessions.record(session, 'bot', answer);
    return [...notes, answer];
  }

  return {
    /**
     * Handles one message and returns the replies to send, in order. Never rejects: problems the user can
     * fix are explained, anything else is logged and answered with an apology.
     * @param {IncomingMessage} message
     * @returns {Promise<string[]>}
     */
    async handle(message) {
      const text = message.text.trim();
      if (text === '') return [];
      try {
        return await converse({ ...message, text });
      } catch (error) {
        if (error instanceof SessionError) return [error.message];
        logger.error('failed to handle a message', { error, userId: message.userId });
        return ['Sorry, something went wrong on my side. Please try again.'];
      }
    },
  };
}
