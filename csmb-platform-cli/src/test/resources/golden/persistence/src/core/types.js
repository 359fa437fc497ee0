// @ts-check
// Shared JSDoc types. This module has no runtime code; import types from it with `import('./types.js')`.

/** @typedef {'active' | 'paused' | 'completed' | 'archived'} SessionStatus */

/**
 * Who a session belongs to: one user in one channel (a terminal, a chat room, a DM).
 * @typedef {object} Scope
 * @property {string} userId
 * @property {string} channelId
 */

/**
 * @typedef {object} Session
 * @property {string} id
 * @property {string} userId
 * @property {string} channelId
 * @property {SessionStatus} status
 * @property {number} createdAt epoch milliseconds
 * @property {number} updatedAt epoch milliseconds of the last message or status change
 * @property {number} messageCount messages stored in this session, from the user and the bot
 */

/**
 * @typedef {object} Message
 * @property {string} sessionId
 * @property {'user' | 'bot'} role
 * @property {string} text
 * @property {number} at epoch milliseconds
 */

/**
 * Where sessions and messages live. Every store passes the same contract tests (test/stores).
 * Methods are async so a networked store fits the same shape.
 * @typedef {object} Store
 * @property {(session: Session) => Promise<void>} saveSession inserts or replaces
 * @property {(id: string) => Promise<Session | undefined>} getSession
 * @property {(scope: Scope) => Promise<Session[]>} listSessions the scope's sessions, most recently
 *   updated first (ties: most recently created first, then by id)
 * @property {(message: Message) => Promise<void>} appendMessage
 * @property {(sessionId: string, limit: number) => Promise<Message[]>} listMessages the latest `limit`, oldest first
 * @property {() => Promise<void>} close
 */

export {};
