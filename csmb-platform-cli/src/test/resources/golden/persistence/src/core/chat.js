// @ts-check
import { t, withLocale } from './i18n.js';
import { SessionError, shortId } from './sessions.js';

/** @typedef {import('./types.js').Session} Session */
/** @typedef {import('./types.js').Scope} Scope */

/**
 * What a platform hands to the core for each incoming message.
 * @typedef {object} IncomingMessage
 * @property {string} channel where it came from: `terminal` (HOST_CHANNEL in commands.js), `webhook`, a chat
 *   platform's name. Each channel is its own namespace of identities: see {@link Caller}
 * @property {string} userId the user's id within that channel
 * @property {string} channelId the conversation (room, DM, terminal) within that channel
 * @property {string} text
 */

/**
 * A message as the core sees it: its ids prefixed with the channel (`terminal:local`, `webhook:alice`), so a caller
 * of one channel can never be a user of another, nor an admin listed for another, by naming them. Guards, commands,
 * sessions and the store only ever see these ids; ALLOWED_USERS and ADMIN_USERS list them in this form.
 * @typedef {object} Caller
 * @property {string} channel
 * @property {string} userId
 * @property {string} channelId
 * @property {string} text
 */

/**
 * What the project's modules add for the answer to a plain message, beside the text and the session; each part
 * comes from a {@link ContextProvider}.
 * @typedef {object} ReplyContext
 */

/**
 * @typedef {object} ReplyInput
 * @property {string} text what the user wrote
 * @property {Session} session the user's active session, already holding the message
 * @property {ReplyContext} context what the selected modules add
 */

/**
 * The function that answers plain messages (see src/reply.js).
 * @typedef {(input: ReplyInput) => Promise<string> | string} ReplyFunction
 */

/**
 * Runs first for every message, commands included. Returns undefined to let the message through, or the replies
 * to send instead; then nothing is stored and nothing else runs. Guards run in the order they were added.
 * @typedef {(message: Caller) => Promise<string[] | undefined> | string[] | undefined} Guard
 */

/**
 * @typedef {object} ContextInput
 * @property {Caller} message
 * @property {Session} session the user's active session, already holding the message
 */

/**
 * Adds its part to the {@link ReplyContext} of a plain message, after the message is stored. Providers run in the
 * order they were added; later parts win on the same property.
 * @typedef {(input: ContextInput) => Promise<Partial<ReplyContext>> | Partial<ReplyContext>} ContextProvider
 */

/**
 * Says which locale to answer a user in, or undefined for the default one.
 * @typedef {(scope: Scope) => Promise<string | undefined> | string | undefined} LocaleResolver
 */

/**
 * @typedef {ReturnType<typeof createChat>} Chat
 */

/**
 * Turns incoming messages into replies: guards may refuse a message, commands go to the router, everything else
 * is recorded in the user's active session (started on demand) and answered by the reply function.
 * @param {object} deps
 * @param {import('./sessions.js').SessionManager} deps.sessions
 * @param {import('./commands.js').CommandRouter} deps.commands
 * @param {ReplyFunction} deps.reply
 * @param {import('./logger.js').Logger} deps.logger
 * @param {number} [deps.maxMessageLength] longer texts are refused with an answer saying so, and not stored
 *   (MAX_MESSAGE_LENGTH)
 */
export function createChat({ sessions, commands, reply, logger, maxMessageLength = 4000 }) {
  /** @type {Guard[]} */
  const guards = [];
  /** @type {ContextProvider[]} */
  const contextProviders = [];
  /** @type {LocaleResolver} */
  let localeOf = () => undefined;

  /**
   * @param {Caller} message
   * @returns {Promise<string[]>}
   */
  async function converse(message) {
    for (const guard of guards) {
      const refusal = await guard(message);
      if (refusal) return refusal;
    }
    const { channel, userId, channelId, text } = message;
    const scope = { userId, channelId };
    if (commands.isCommand(text)) return [await commands.handle(text, scope, channel)];

    const notes = [];
    const { session: active, started, expired } = await sessions.activeOrStart(scope);
    if (expired) notes.push(t('chat.idleExpired', { id: shortId(expired) }));
    if (started) notes.push(t('sessions.started', { id: shortId(started) }));
    // Recorded by id: the reply below lands in this session even if the user ends or replaces it meanwhile.
    const session = await sessions.record(active, 'user', text);
    const context = /** @type {ReplyContext} */ ({}); // filled by the providers
    for (const provide of contextProviders) Object.assign(context, await provide({ message, session }));
    const answer = await reply({ text, session, context });
    await sessions.record(session, 'bot', answer);
    return [...notes, answer];
  }

  /**
   * Answers in the user's locale. Never rejects: problems the user can fix are explained, anything else is
   * logged and answered with an apology.
   * @param {Caller} message
   * @returns {Promise<string[]>}
   */
  async function answer(message) {
    try {
      return await converse(message);
    } catch (error) {
      if (error instanceof SessionError) return [error.message];
      logger.error('failed to handle a message', { error, userId: message.userId });
      return [t('chat.failed')];
    }
  }

  return {
    /**
     * Handles one message and returns the replies to send, in order. Never rejects.
     * @param {IncomingMessage} message
     * @returns {Promise<string[]>}
     */
    async handle(message) {
      const text = message.text.trim();
      if (text === '') return [];
      const { channel } = message;
      /** @type {Caller} */
      const caller = { channel, userId: `${channel}:${message.userId}`, channelId: `${channel}:${message.channelId}`, text };
      /** @type {string | undefined} */
      let locale;
      try {
        locale = await localeOf({ userId: caller.userId, channelId: caller.channelId });
      } catch (error) {
        logger.error('failed to resolve the locale', { error, userId: caller.userId });
      }
      if (text.length > maxMessageLength) {
        return withLocale(locale, () => [t('chat.tooLong', { max: maxMessageLength, length: text.length })]);
      }
      return withLocale(locale, () => answer(caller));
    },

    /**
     * Adds a guard; see {@link Guard}.
     * @param {Guard} guard
     */
    addGuard(guard) {
      guards.push(guard);
    },

    /**
     * Adds a context provider; see {@link ContextProvider}.
     * @param {ContextProvider} provider
     */
    addContextProvider(provider) {
      contextProviders.push(provider);
    },

    /**
     * Decides each user's locale from now on (the default locale until called).
     * @param {LocaleResolver} resolver
     */
    setLocaleResolver(resolver) {
      localeOf = resolver;
    },
  };
}
