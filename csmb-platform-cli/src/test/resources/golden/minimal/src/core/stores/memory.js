// @ts-check

/** @typedef {import('../types.js').Session} Session */
/** @typedef {import('../types.js').Message} Message */

/**
 * A store in process memory: fast, lost on restart. It keeps at most `maxSessions` sessions and evicts
 * the least recently used one (with its messages) beyond that, so a long-running bot cannot grow without bound.
 * @param {object} [options]
 * @param {number} [options.maxSessions]
 * @param {number} [options.maxMessagesPerSession] older messages of a session are dropped beyond this
 * @returns {import('../types.js').Store}
 */
export function createMemoryStore({ maxSessions = 1000, maxMessagesPerSession = 1000 } = {}) {
  // A Map iterates in insertion order; re-inserting on every use keeps the least recently used first.
  /** @type {Map<string, { session: Session, messages: Message[] }>} */
  const entries = new Map();

  /** @param {string} id */
  function touch(id) {
    const entry = entries.get(id);
    if (entry) {
      entries.delete(id);
      entries.set(id, entry);
    }
    return entry;
  }

  /** @param {Session} session */
  function save(session) {
    const messages = touch(session.id)?.messages ?? [];
    entries.set(session.id, { session: { ...session }, messages });
    for (const id of entries.keys()) {
      if (entries.size <= maxSessions) break;
      entries.delete(id);
    }
  }

  return {
    async saveSession(session) {
      save(session);
    },
    async getSession(id) {
      const entry = touch(id);
      return entry && { ...entry.session };
    },
    async listSessions({ userId, channelId }) {
      return [...entries.values()]
        .map((entry) => entry.session)
        .filter((session) => session.userId === userId && session.channelId === channelId)
        .sort(byRecency)
        .map((session) => ({ ...session }));
    },
    async listAllSessions() {
      return [...entries.values()]
        .map((entry) => ({ ...entry.session }))
        .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    },
    async activate(session) {
      const paused = [];
      for (const entry of entries.values()) {
        const other = entry.session;
        if (other.id !== session.id && other.status === 'active' && sameScope(other, session)) {
          entry.session = { ...other, status: 'paused', updatedAt: session.updatedAt };
          paused.push({ ...entry.session });
        }
      }
      const stored = touch(session.id);
      if (stored) stored.session = { ...stored.session, status: 'active', updatedAt: session.updatedAt };
      else save(session);
      return paused;
    },
    async setStatus(session, status, at) {
      const entry = touch(session.id);
      if (!entry) return undefined;
      entry.session = { ...entry.session, status, updatedAt: at };
      return { ...entry.session };
    },
    async recordMessage(message) {
      const entry = touch(message.sessionId);
      if (!entry) throw new Error(`No session ${message.sessionId}`);
      entry.messages.push(copyMessage(message));
      if (entry.messages.length > maxMessagesPerSession) entry.messages.shift();
      const { session } = entry;
      const updatedAt = Math.max(session.updatedAt, message.at);
      entry.session = { ...session, messageCount: session.messageCount + 1, updatedAt };
      return { ...entry.session };
    },
    async appendMessage(message) {
      const entry = touch(message.sessionId);
      if (!entry) throw new Error(`No session ${message.sessionId}`);
      entry.messages.push(copyMessage(message));
      if (entry.messages.length > maxMessagesPerSession) entry.messages.shift();
    },
    async listMessages(sessionId, limit) {
      const messages = entries.get(sessionId)?.messages ?? [];
      if (limit <= 0) return [];
      return messages.slice(-limit).map(copyMessage);
    },
    async close() {
      entries.clear();
    },
  };
}

/**
 * @param {Message} message
 * @returns {Message}
 */
function copyMessage(message) {
  return message.attachment ? { ...message, attachment: { ...message.attachment } } : { ...message };
}

/**
 * @param {import('../types.js').Scope} a
 * @param {import('../types.js').Scope} b
 */
function sameScope(a, b) {
  return a.userId === b.userId && a.channelId === b.channelId;
}

/**
 * Most recently updated first; ties go to the most recently created, then to the smaller id.
 * @param {Session} a
 * @param {Session} b
 */
function byRecency(a, b) {
  return b.updatedAt - a.updatedAt || b.createdAt - a.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
