// @ts-check

/**
 * Runs tasks one after another per key, and tasks of different keys side by side. The session manager uses it so
 * that two messages of one user (or channel) in the same process never read and change its sessions at the same
 * time; across processes and instances the store's own atomic operations keep the same rules.
 * @returns {<T>(key: string, task: () => Promise<T>) => Promise<T>}
 */
export function createKeyedQueue() {
  /** @type {Map<string, Promise<unknown>>} the last task queued per key; gone once it settled */
  const tails = new Map();

  return function serial(key, task) {
    const previous = tails.get(key) ?? Promise.resolve();
    // A failed task must not stop the ones queued after it: each starts when the previous one settled.
    const run = previous.then(task, task);
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}
