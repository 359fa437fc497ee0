// @ts-check
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createInFlight } from '../../src/core/in-flight.js';
import { createLogger } from '../../src/core/logger.js';

/** @param {string[]} logs where failures are logged, one JSON line each */
const tracker = (logs) =>
  createInFlight({
    logger: createLogger({ level: 'error', stream: { write: (line) => logs.push(line) } }),
    what: 'test message',
  });

/** A promise and the function that resolves it, for work that finishes when the test says so. */
function gate() {
  /** @type {() => void} */
  let open = () => {};
  /** @type {Promise<void>} */
  const opened = new Promise((resolve) => (open = resolve));
  return { opened, open };
}

describe('in-flight work', () => {
  it('starts the work at once and resolves run() when it has finished', async () => {
    const inFlight = tracker([]);
    const { opened, open } = gate();
    /** @type {string[]} */
    const steps = [];
    const done = inFlight.run(async () => {
      steps.push('started');
      await opened;
      steps.push('finished');
    });
    assert.deepEqual(steps, ['started'], 'the work runs before run() returns');
    let resolved = false;
    void done.then(() => (resolved = true));
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(resolved, false, 'run() resolved while its work was still running');
    open();
    await done;
    assert.deepEqual(steps, ['started', 'finished']);
  });

  it('logs a failure with the error under `error` and never rejects', async () => {
    /** @type {string[]} */
    const logs = [];
    const inFlight = tracker(logs);
    await inFlight.run(async () => {
      throw new Error('no reply');
    });
    await inFlight.run(async () => {
      throw new Error('no command');
    }, 'test command');
    const lines = logs.map((line) => JSON.parse(line));
    assert.deepEqual(
      lines.map(({ level, message, error }) => ({ level, message, error: error.message })),
      [
        { level: 'error', message: 'test message failed', error: 'no reply' },
        { level: 'error', message: 'test command failed', error: 'no command' },
      ],
    );
  });

  it('settled() waits for all the work, including work started while it waits', async () => {
    const inFlight = tracker([]);
    const first = gate();
    const second = gate();
    /** @type {string[]} */
    const finished = [];
    void inFlight.run(async () => {
      await first.opened;
      // More work begun by work in flight (a follow-up) is waited for too.
      void inFlight.run(async () => {
        await second.opened;
        finished.push('second');
      });
      finished.push('first');
    });
    let settled = false;
    const settling = inFlight.settled().then(() => (settled = true));
    first.open();
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(finished, ['first']);
    assert.equal(settled, false, 'settled() resolved while work was still running');
    second.open();
    await settling;
    assert.deepEqual(finished, ['first', 'second']);
  });

  it('close() waits for the work in flight and starts no new work', async () => {
    const inFlight = tracker([]);
    const { opened, open } = gate();
    let finished = false;
    void inFlight.run(async () => {
      await opened;
      finished = true;
    });
    let closed = false;
    const closing = inFlight.close().then(() => (closed = true));
    let started = false;
    await inFlight.run(async () => {
      started = true;
    });
    assert.equal(started, false, 'work given after close() was started');
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(closed, false, 'close() resolved before the work in flight finished');
    open();
    await closing;
    assert.equal(finished, true);
    await inFlight.settled();
  });
});
