// @ts-check

/**
 * @typedef {ReturnType<typeof createInFlight>} InFlight
 */

/**
 * Keeps the work an adapter started for the platform (a message being answered, a slash command) until it has
 * finished, so that `stop()` can wait for the replies in flight instead of cutting them off. A failure is logged and
 * never thrown: an SDK's event emitter would turn a rejection into an unhandled one. Once closed, new work is not
 * started, since a reply begun while the connection goes away could not be delivered anyway.
 * @param {object} deps
 * @param {import('./logger.js').Logger} deps.logger
 * @param {string} deps.what what the work is, for the log line `<what> failed` (`'webchat: handling a message'`)
 */
export function createInFlight({ logger, what }) {
  /** @type {Set<Promise<void>>} */
  const running = new Set();
  let closed = false;

  /** Waits until the work started so far, and any it started meanwhile, has finished. */
  async function settled() {
    while (running.size > 0) await Promise.all(running);
  }

  return {
    /**
     * Starts `work` now and keeps it until it has finished; after {@link close} it does not start it.
     * @param {() => Promise<void>} work
     * @param {string} [kind] names this work in the log line instead of `what` (`'discord command'`)
     * @returns {Promise<void>} resolves when the work has finished or failed (and was logged); never rejects
     */
    run(work, kind = what) {
      if (closed) return Promise.resolve();
      const task = (async () => {
        try {
          await work();
        } catch (error) {
          logger.error({ error }, `${kind} failed`);
        }
      })();
      running.add(task);
      void task.finally(() => running.delete(task));
      return task;
    },

    settled,

    /**
     * Refuses new work from now on and waits for the work in flight.
     * @returns {Promise<void>}
     */
    close() {
      closed = true;
      return settled();
    },
  };
}
