// @ts-check
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isTransient, withRetry } from '../../src/core/retry.js';

/**
 * A function failing `times` times with `error`, then returning "ok"; `calls` counts the calls.
 * @param {number} times
 * @param {Error} [error]
 */
function flaky(times, error = Object.assign(new Error('busy'), { code: 'EAGAIN' })) {
  const fn = async () => {
    fn.calls += 1;
    if (fn.calls <= times) throw error;
    return 'ok';
  };
  fn.calls = 0;
  return fn;
}

describe('withRetry', () => {
  it('retries with exponential backoff, capped, and succeeds', async () => {
    /** @type {number[]} */
    const waits = [];
    const fn = flaky(4);
    const result = await withRetry(fn, {
      retries: 5,
      baseMs: 100,
      maxMs: 500,
      jitter: false,
      sleep: async (ms) => void waits.push(ms),
    });
    assert.equal(result, 'ok');
    assert.equal(fn.calls, 5);
    assert.deepEqual(waits, [100, 200, 400, 500]);
  });

  it('waits a random time up to the cap with full jitter', async () => {
    /** @type {number[]} */
    const waits = [];
    const randoms = [0.5, 0, 0.999];
    await withRetry(flaky(3), {
      baseMs: 100,
      sleep: async (ms) => void waits.push(ms),
      random: () => randoms.shift() ?? 0,
    });
    assert.deepEqual(waits, [50, 0, 399]);
  });

  it('gives up after the last retry with the last error, reporting each retry', async () => {
    /** @type {number[]} */
    const attempts = [];
    const fn = flaky(10);
    await assert.rejects(
      withRetry(fn, { retries: 2, sleep: async () => {}, onRetry: ({ attempt }) => void attempts.push(attempt) }),
      /busy/,
    );
    assert.equal(fn.calls, 3);
    assert.deepEqual(attempts, [1, 2]);
  });

  it('does not retry an error that is not retryable', async () => {
    const fn = flaky(1, new Error('bad request'));
    await assert.rejects(withRetry(fn, { isRetryable: isTransient, sleep: async () => {} }), /bad request/);
    assert.equal(fn.calls, 1);
  });

  it('waits for real without an injected sleep', async () => {
    const started = Date.now();
    assert.equal(await withRetry(flaky(1), { baseMs: 20, jitter: false }), 'ok');
    assert.ok(Date.now() - started >= 15);
  });
});

describe('isTransient', () => {
  it('retries I/O hiccups, rate limits and server errors, not client errors', () => {
    const error = (/** @type {object} */ fields) => Object.assign(new Error('x'), fields);
    assert.equal(isTransient(error({ code: 'ECONNRESET' })), true);
    assert.equal(isTransient(error({ status: 429 })), true);
    assert.equal(isTransient(error({ statusCode: 503 })), true);
    assert.equal(isTransient(error({ status: 400 })), false);
    assert.equal(isTransient(error({ code: 'EPIPE' })), false);
    assert.equal(isTransient('EAGAIN'), false);
  });
});
