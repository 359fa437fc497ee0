// @ts-check
import { setTimeout as sleep } from 'node:timers/promises';
import pRetry from 'p-retry';
import { ApiPartialResponseError, ApiRequestError, ApiResponseError, TwitterApi } from 'twitter-api-v2';

/** The longest a rate limit is waited out: X's windows are 15 minutes, and a reset further away is a clock problem. */
const MAX_RATE_LIMIT_WAIT_MS = 16 * 60_000;

/**
 * The bot account's X API v2 client. It signs with OAuth 1.0a user context (the app's key and secret plus the
 * account's access token and secret): an app-only bearer token can read mentions but cannot post a reply or touch
 * direct messages, so one user-context client does everything.
 * @param {import('./config.js').PlatformConfig} config
 * @param {import('node:https').Agent} [httpAgent] carries the SDK's requests: a proxy's agent, or in tests one that
 *   connects to a local fake of the API
 */
export function createXClient(config, httpAgent) {
  const { appKey, appSecret, accessToken, accessSecret } = config;
  return new TwitterApi({ appKey, appSecret, accessToken, accessSecret }, httpAgent ? { httpAgent } : {}).v2;
}

/** @typedef {ReturnType<typeof createXClient>} XClient */

/**
 * A failed X API call, told in one line. The SDK's own errors carry the signed request (its Authorization header
 * holds the app key and the access token), so they are never logged or rethrown as they are.
 */
export class XApiError extends Error {
  name = 'XApiError';

  /**
   * @param {string} endpoint
   * @param {unknown} error what the SDK threw
   */
  constructor(endpoint, error) {
    super(`X API ${endpoint}: ${describe(error)}`);
    /** @type {number | undefined} the HTTP status, when X answered */
    this.status = error instanceof ApiResponseError ? error.code : undefined;
  }
}

/**
 * Calls the X API and honours its rate limits: on a 429 answer it waits until the `x-rate-limit-reset` time the SDK
 * read from the headers (at least a second) and calls again; network errors and 5xx
 * answers are retried with backoff (p-retry). Anything else is thrown as an {@link XApiError}.
 * @template T
 * @param {string} endpoint the endpoint's name, for logs and errors
 * @param {() => Promise<T>} request
 * @param {object} options
 * @param {import('../core/logger.js').Logger} options.logger
 * @param {AbortSignal} options.signal ends a wait at shutdown
 * @returns {Promise<T>}
 */
export async function callX(endpoint, request, { logger, signal }) {
  for (;;) {
    try {
      return await pRetry(request, {
        retries: 3,
        minTimeout: 500,
        signal,
        shouldRetry: ({ error }) => isTransient(error),
        onFailedAttempt: ({ error, retriesLeft }) => {
          if (isTransient(error)) logger.warn({ endpoint, retriesLeft, reason: describe(error) }, 'X API call failed');
        },
      });
    } catch (error) {
      if (!(error instanceof ApiResponseError && error.rateLimitError)) throw new XApiError(endpoint, error);
      const resetAt = (error.rateLimit?.reset ?? 0) * 1000;
      const waitMs = Math.min(Math.max(resetAt - Date.now(), 1000), MAX_RATE_LIMIT_WAIT_MS);
      logger.warn({ endpoint, waitMs }, 'rate limited by X: waiting for the reset');
      await sleep(waitMs, undefined, { signal });
    }
  }
}

/**
 * Worth another try: the request never got an answer, or X answered with a server error.
 * @param {unknown} error
 */
function isTransient(error) {
  return error instanceof ApiRequestError || (error instanceof ApiResponseError && error.code >= 500);
}

/**
 * The status and X's own explanation, without anything from the request.
 * @param {unknown} error
 */
function describe(error) {
  if (error instanceof ApiResponseError) {
    const detail = error.data?.detail ?? error.data?.title ?? error.data?.error;
    return `${error.code}${detail ? ` ${detail}` : ''}`;
  }
  // twitter-api-v2 1.29 builds this error with `error`, but its `requestError` getter reads `requestError`.
  if (error instanceof ApiRequestError) return `no answer (${error.requestError?.message ?? 'network error'})`;
  if (error instanceof ApiPartialResponseError) return `the answer broke off (${error.responseError.message})`;
  return error instanceof Error ? error.message : String(error);
}
