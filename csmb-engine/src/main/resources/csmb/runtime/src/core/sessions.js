// @ts-check
import { randomUUID } from 'node:crypto';
import { t } from './i18n.js';
import { createKeyedQueue } from './keyed-queue.js';

/** @typedef {import('./types.js').Scope} Scope */
/** @typedef {import('./types.js').Session} Session */
/** @typedef {import('./types.js').Message} Message */

/** A request the user can fix, such as resuming a session that does not exist. Its message is shown to the user. */
export class SessionError extends Error {
  name = 'SessionError';
}

/** How many leading characters of a session id are shown; any unambiguous prefix is accepted back. */
export const SHORT_ID_LENGTH = 8;

/**
 * @param {Session} session
 * @returns {string}
 */
export const shortId = (session) => session.id.slice(0, SHORT_ID_LENGTH);

/**
 * A status as the user reads it, in the current locale.
 * @param {Session['status']} status
 * @returns {string}
 */
export function statusName(status) {
  switch (status) {
    case 'active':
      return t('sessions.status.active');
    case 'paused':
      return t('sessions.status.paused');
    case 'completed':
      return t('sessions.status.completed');
    default:
      return t('sessions.status.archived');
  }
}

/**
 * @typedef {ReturnType<typeof createSessionManager>} SessionManager
 */

/**
 * The event each status change emits; a session becomes active through a status change only when it is resumed.
 * @type {Record<Session['status'], import('./events.js').SessionEventName>}
 */
const STATUS_EVENTS = {
  active: 'sessionResumed',
  paused: 'sessionPaused',
  completed: 'sessionEnded',
  archived: 'sessionArchived',
};

/**
 * Owns the session lifecycle. Each scope (user and channel) has at most one active session:
 *
 * - active → paused: the user starts or resumes another session, or stays idle past the timeout
 * - paused or completed → active: the user resumes it
 * - active or paused → completed: the user ends it
 * - any but active → archived: the user archives it; archived sessions are hidden and cannot be resumed
 *
 * @param {object} options
 * @param {import('./types.js').Store} options.store
 * @param {number} options.idleTimeoutMs
 * @param {import('./events.js').EventBus} [options.events] where lifecycle and message events are emitted
 * @param {() => number} [options.now] the clock, replaceable in tests
 * @param {() => string} [options.newId] creates session ids, replaceable in tests
 */
export function createSessionManager({ store, idleTimeoutMs, events, now = Date.now, newId = randomUUID }) {
  /** @type {(scope: Scope) => Scope} which sessions a scope uses; see {@link setScopeKey} */
  let keyOf = (scope) => scope;
  const serial = createKeyedQueue();

  /**
   * Runs a change of the scope's sessions after the ones already queued for that scope (see keyed-queue.js).
   * @template T
   * @param {Scope} scope the mapped scope
   * @param {() => Promise<T>} task
   * @returns {Promise<T>}
   */
  const inTurn = (scope, task) => serial(JSON.stringify([scope.userId, scope.channelId]), task);

  /**
   * @param {Session} session
   * @param {Exclude<Session['status'], 'active'>} status
   */
  async function setStatus(session, status) {
    const updated = await store.setStatus(session, status, now());
    if (!updated) throw new SessionError(t('sessions.notFound', { prefix: shortId(session) }));
    events?.emit(STATUS_EVENTS[status], { session: updated });
    return updated;
  }

  /**
   * Makes the session active, pausing the scope's other active one in the same store step.
   * @param {Session} session
   * @param {import('./events.js').SessionEventName} event
   */
  async function activate(session, event) {
    const active = { ...session, status: /** @type {const} */ ('active'), updatedAt: now() };
    for (const paused of await store.activate(active)) events?.emit('sessionPaused', { session: paused });
    const stored = (await store.getSession(active.id)) ?? active;
    events?.emit(event, { session: stored });
    return stored;
  }

  /**
   * Finds the scope's session whose id starts with `prefix`.
   * @param {Scope} scope
   * @param {string} prefix
   */
  async function find(scope, prefix) {
    const wanted = prefix.trim().toLowerCase();
    if (wanted === '') throw new SessionError(t('sessions.which'));
    const matches = (await store.listSessions(scope)).filter((s) => s.id.startsWith(wanted));
    if (matches.length === 0) throw new SessionError(t('sessions.notFound', { prefix: wanted }));
    if (matches.length > 1) throw new SessionError(t('sessions.ambiguous', { prefix: wanted, count: matches.length }));
    return matches[0];
  }

  /** @param {Scope} scope */
  async function findActive(scope) {
    return (await store.listSessions(scope)).find((s) => s.status === 'active');
  }

  /**
   * @param {Scope} scope
   * @returns {Promise<{ session?: Session, expired?: Session }>}
   */
  async function current(scope) {
    const session = await findActive(scope);
    if (session && now() - session.updatedAt >= idleTimeoutMs) {
      return { expired: await setStatus(session, 'paused') };
    }
    return { session };
  }

  /** @param {Scope} scope */
  function start(scope) {
    const at = now();
    /** @type {Session} */
    const session = { id: newId(), ...scope, status: 'active', createdAt: at, updatedAt: at, messageCount: 0 };
    return activate(session, 'sessionStarted');
  }

  return {
    /**
     * Maps the scope of every later call to the scope whose sessions it uses, e.g. `{ userId: '*', channelId }` so
     * everyone in a channel shares its sessions (the session-scope module, SESSION_SCOPE=channel).
     * @param {(scope: Scope) => Scope} key
     */
    setScopeKey(key) {
      keyOf = key;
    },

    /**
     * The scope's active session, if any. An active session idle for longer than the timeout is paused
     * first and reported as `expired`, so the caller can tell the user how to get back to it.
     * @param {Scope} scope
     * @returns {Promise<{ session?: Session, expired?: Session }>}
     */
    current(scope) {
      scope = keyOf(scope);
      return inTurn(scope, () => current(scope));
    },

    /**
     * The scope's active session, started when there is none, as one step: two messages arriving together land in
     * one new session, not in two.
     * @param {Scope} scope
     * @returns {Promise<{ session: Session, started?: Session, expired?: Session }>} `started` is the session when it
     *   is new; `expired` the one the idle timeout just paused
     */
    activeOrStart(scope) {
      scope = keyOf(scope);
      return inTurn(scope, async () => {
        const { session, expired } = await current(scope);
        if (session) return { session };
        const started = await start(scope);
        return { session: started, started, expired };
      });
    },

    /**
     * Starts a new active session, pausing the scope's current one.
     * @param {Scope} scope
     * @returns {Promise<Session>}
     */
    start(scope) {
      scope = keyOf(scope);
      return inTurn(scope, () => start(scope));
    },

    /**
     * Makes a paused or completed session active again, pausing the scope's current one.
     * @param {Scope} scope
     * @param {string} idPrefix any unambiguous start of the session id
     * @returns {Promise<Session>}
     */
    resume(scope, idPrefix) {
      scope = keyOf(scope);
      return inTurn(scope, async () => {
        const session = await find(scope, idPrefix);
        if (session.status === 'archived') throw new SessionError(t('sessions.archived', { id: shortId(session) }));
        return activate(session, 'sessionResumed');
      });
    },

    /**
     * Completes the scope's active session.
     * @param {Scope} scope
     * @returns {Promise<Session | undefined>} the completed session, or undefined when none was active
     */
    end(scope) {
      scope = keyOf(scope);
      return inTurn(scope, async () => {
        const active = await findActive(scope);
        return active && setStatus(active, 'completed');
      });
    },

    /**
     * Archives a session that is not active: it disappears from {@link list} and cannot be resumed.
     * @param {Scope} scope
     * @param {string} idPrefix
     * @returns {Promise<Session>}
     */
    archive(scope, idPrefix) {
      scope = keyOf(scope);
      return inTurn(scope, async () => {
        const session = await find(scope, idPrefix);
        if (session.status === 'active') throw new SessionError(t('sessions.endBeforeArchive'));
        return session.status === 'archived' ? session : setStatus(session, 'archived');
      });
    },

    /**
     * The scope's sessions that are not archived, most recently used first.
     * @param {Scope} scope
     * @returns {Promise<Session[]>}
     */
    async list(scope) {
      scope = keyOf(scope);
      return (await store.listSessions(scope)).filter((s) => s.status !== 'archived');
    },

    /**
     * Stores a message in a session and counts it, in one store step: the count is the store's, so messages
     * recorded side by side (or by two instances) are all counted, and a reply lands in the session it began in
     * even when the user ended or replaced that session meanwhile.
     * @param {Session} session
     * @param {Message['role']} role
     * @param {string} text
     * @param {import('./types.js').Attachment} [attachment] a file the message carries
     * @returns {Promise<Session>} the session with its new count and activity time
     */
    async record(session, role, text, attachment) {
      /** @type {Message} */
      const message = { sessionId: session.id, role, text, at: now(), ...(attachment && { attachment }) };
      const updated = await store.recordMessage(message);
      events?.emit('messageRecorded', { session: updated, message });
      return updated;
    },

    /**
     * The session's latest messages, oldest first.
     * @param {Session} session
     * @param {number} limit
     * @returns {Promise<Message[]>}
     */
    history(session, limit) {
      return store.listMessages(session.id, limit);
    },
  };
}
