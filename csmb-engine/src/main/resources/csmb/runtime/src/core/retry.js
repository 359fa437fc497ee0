// @ts-check
import { setTimeout as delay } from 'node:timers/promises';

/**
 * @typedef {object} RetryOptions
 * @property {number} [retries] how many times to try again after the first failure (default 3)
 * @property {number} [baseMs] the delay cap before the first retry, doubled for each next one (default 200)
 * @property {number} [maxMs] the largest delay cap (default 5000)
 * @property {boolean} [jitter] full jitter: wait a random time up to the cap, so many clients that failed together
 *   do not retry together (default true); false waits exactly the cap
 * @property {(error: unknown) => boolean} [isRetryable] whether a failure is worth another try (default: all are)
 * @property {(info: { attempt: number, delayMs: number, error: unknown }) => void} [onRetry] e.g. to log a warning
 * @property {(ms: number) => Promise<unknown>} [sleep] replaceable in tests
 * @property {() => number} [random] a number in [0, 1), replaceable in tests
 */

/**
 * Calls `fn` until it succeeds, waiting longer after each failure: exponential backoff with full jitter. Platform
 * adapters wrap their API calls in it; the last error (or a non-retryable one) is thrown as it is.
 * @template T
 * @param {() => Promise<T> | T} fn
 * @param {RetryOptions} [options]
 * @returns {Promise<T>}
 */
export async function withRetry(fn, options = {}) {
  const {
    retries = 3,
    baseMs = 200,
    maxMs = 5000,
    jitter = true,
    isRetryable = () => true,
    onRetry = () => {},
    sleep = delay,
    random = Math.random,
  } = options;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fn();
    } catch (error) {
      if (attempt > retries || !isRetryable(error)) throw error;
      const cap = Math.min(maxMs, baseMs * 2 ** (attempt - 1));
      const delayMs = jitter ? Math.floor(random() * cap) : cap;
      onRetry({ attempt, delayMs, error });
      await sleep(delayMs);
    }
  }
}

/** Error codes of network and I/O failures that usually pass: a retry is likely to succeed. */
const TRANSIENT_CODES = new Set(['EAGAIN', 'EBUSY', 'ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EAI_AGAIN']);

/**
 * A default `isRetryable`: transient I/O errors, HTTP 429 and 5xx (as `status` or `statusCode` on the error).
 * @param {unknown} error
 */
export function isTransient(error) {
  if (!(error instanceof Error)) return false;
  const code = 'code' in error ? error.code : undefined;
  const http = Number('status' in error ? error.status : 'statusCode' in error ? error.statusCode : undefined);
  return (typeof code === 'string' && TRANSIENT_CODES.has(code)) || http === 429 || (http >= 500 && http < 600);
}
