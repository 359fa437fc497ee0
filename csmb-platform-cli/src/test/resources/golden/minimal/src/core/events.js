// @ts-check

/** @typedef {import('./types.js').Session} Session */
/** @typedef {import('./types.js').Message} Message */

/**
 * @typedef {object} SessionChange
 * @property {Session} session the session as stored after the change
 */

/**
 * @typedef {object} MessageRecorded
 * @property {Session} session the session as stored, counting the new message
 * @property {Message} message
 */

/**
 * The events the session manager emits, by name, with their payloads. Each is emitted after the change is stored.
 * @typedef {object} SessionEvents
 * @property {SessionChange} sessionStarted a new session became active
 * @property {SessionChange} sessionResumed a paused or completed session became active again
 * @property {SessionChange} sessionPaused another session became active, or this one was idle too long
 * @property {SessionChange} sessionEnded the session was completed
 * @property {SessionChange} sessionArchived
 * @property {MessageRecorded} messageRecorded a user or bot message was added to a session
 */

/** @typedef {keyof SessionEvents} SessionEventName */

/**
 * @template {SessionEventName} K
 * @typedef {(event: SessionEvents[K]) => void | Promise<void>} Listener
 */

/**
 * @typedef {ReturnType<typeof createEventBus>} EventBus
 */

/**
 * A typed publish/subscribe hub for session events, so modules (real-time sync, outbound webhooks, metrics) follow
 * sessions without the session manager knowing about them. A listener that throws or rejects is logged; it never
 * disturbs the chat or the other listeners.
 *
 * With real-time sync, events of other instances arrive here too ({@link emitFromAnotherInstance}). Listeners that
 * follow state (`on`) get every event; listeners that deliver or count (`onLocal`: outbound webhooks, metrics) get
 * only the events of this instance, so across all instances each change is delivered and counted exactly once.
 * @param {object} deps
 * @param {import('./logger.js').Logger} deps.logger
 */
export function createEventBus({ logger }) {
  /** @type {Map<SessionEventName, Set<{ listener: Listener<any>, localOnly: boolean }>>} */
  const listeners = new Map();
  /** @type {Set<Promise<void>>} */
  const pending = new Set();

  /**
   * @param {SessionEventName} name
   * @param {unknown} error
   */
  const report = (name, error) => logger.error({ event: name, error }, 'session event listener failed');

  /**
   * @template {SessionEventName} K
   * @param {K} name
   * @param {Listener<K>} listener
   * @param {boolean} localOnly
   * @returns {() => void} unsubscribes
   */
  function subscribe(name, listener, localOnly) {
    const set = listeners.get(name) ?? new Set();
    const entry = { listener, localOnly };
    listeners.set(name, set.add(entry));
    return () => void set.delete(entry);
  }

  /**
   * @template {SessionEventName} K
   * @param {K} name
   * @param {SessionEvents[K]} event
   * @param {boolean} remote
   */
  function dispatch(name, event, remote) {
    for (const { listener, localOnly } of listeners.get(name) ?? []) {
      if (remote && localOnly) continue;
      try {
        const result = listener(event);
        if (result instanceof Promise) {
          /** @type {Promise<void>} */
          const settling = result.catch((error) => report(name, error)).finally(() => pending.delete(settling));
          pending.add(settling);
        }
      } catch (error) {
        report(name, error);
      }
    }
  }

  return {
    /**
     * Calls `listener` with every `name` event from now on, of this instance and (with real-time sync) of the others,
     * in subscription order.
     * @template {SessionEventName} K
     * @param {K} name
     * @param {Listener<K>} listener
     * @returns {() => void} unsubscribes
     */
    on(name, listener) {
      return subscribe(name, listener, false);
    },

    /**
     * Like {@link on}, for events that happened on this instance only: for listeners that act once per change across
     * all instances (deliver a webhook, count a metric, publish to the other instances).
     * @template {SessionEventName} K
     * @param {K} name
     * @param {Listener<K>} listener
     * @returns {() => void} unsubscribes
     */
    onLocal(name, listener) {
      return subscribe(name, listener, true);
    },

    /**
     * Calls the event's listeners for a change on this instance. Does not wait for async ones; {@link settled} does.
     * @template {SessionEventName} K
     * @param {K} name
     * @param {SessionEvents[K]} event
     */
    emit(name, event) {
      dispatch(name, event, false);
    },

    /**
     * Calls the `on` listeners (not the `onLocal` ones) for a change another instance made and published.
     * @template {SessionEventName} K
     * @param {K} name
     * @param {SessionEvents[K]} event
     */
    emitFromAnotherInstance(name, event) {
      dispatch(name, event, true);
    },

    /** Waits until the async listeners started so far have finished, e.g. before the store closes. */
    async settled() {
      while (pending.size > 0) await Promise.all(pending);
    },
  };
}
