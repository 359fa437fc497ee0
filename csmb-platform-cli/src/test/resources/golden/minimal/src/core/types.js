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
 * A file a message refers to. The store keeps only this reference; the file itself lives wherever the module that
 * accepted it put it (file-attachments: under ATTACHMENTS_DIR, named by its hash).
 * @typedef {object} Attachment
 * @property {string} name the file name as the user gave it, e.g. "report.pdf"
 * @property {string} type its MIME type, e.g. "application/pdf"
 * @property {number} size bytes
 * @property {string} sha256 hex digest of the content; also the stored file's name
 */

/**
 * @typedef {object} Message
 * @property {string} sessionId
 * @property {'user' | 'bot'} role
 * @property {string} text
 * @property {number} at epoch milliseconds
 * @property {Attachment} [attachment] a file the message carries, when it does
 */

/**
 * Where sessions and messages live. Every store passes the same contract tests (test/stores).
 * Methods are async so a networked store fits the same shape.
 * @typedef {object} Store
 * @property {(session: Session) => Promise<void>} saveSession inserts or replaces
 * @property {(id: string) => Promise<Session | undefined>} getSession
 * @property {(scope: Scope) => Promise<Session[]>} listSessions the scope's sessions, most recently
 *   updated first (ties: most recently created first, then by id)
 * @property {() => Promise<Session[]>} listAllSessions every session of every scope, oldest first (by creation time,
 *   then by id); for exports, so it does not count as a use of a session
 * @property {(session: Session) => Promise<Session[]>} activate makes the session active and pauses the scope's other
 *   active ones, in one atomic step (a transaction, a script), so a scope never has two active sessions, even across
 *   processes and instances; inserts the session when it is new, else changes only its status and activity time.
 *   Returns the sessions it paused
 * @property {(session: Session, status: Exclude<SessionStatus, 'active'>, at: number) => Promise<Session | undefined>}
 *   setStatus changes only the status and activity time of a stored session (never a count written elsewhere);
 *   undefined when the session is gone
 * @property {(message: Message) => Promise<Session>} recordMessage appends the message and counts it in its session
 *   in one atomic step; rejects for an unknown session. Returns the session as stored
 * @property {(message: Message) => Promise<void>} appendMessage appends without counting (restores and branch
 *   copies, which save the count themselves)
 * @property {(sessionId: string, limit: number) => Promise<Message[]>} listMessages the latest `limit`, oldest first
 * @property {() => Promise<void>} close
 */

export {};
