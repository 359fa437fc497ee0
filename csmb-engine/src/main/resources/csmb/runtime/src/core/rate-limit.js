// @ts-check
import { t } from './i18n.js';

/**
 * @param {import('./env.js').EnvReader} env
 */
export function readConfig(env) {
  return {
    perMinute: env.integer('RATE_LIMIT_PER_MINUTE', { fallback: 30, min: 1 }),
    burst: env.integer('RATE_LIMIT_BURST', { fallback: 10, min: 1 }),
  };
}

/**
 * A token bucket per user: each holds up to `burst` tokens and refills at `perMinute` tokens a minute; a message
 * takes one. Buckets that refilled completely are forgotten, so memory follows the users active in the last minutes,
 * not every user ever seen. Limits are per instance: with N instances a user may send up to N times as much.
 * @param {object} options
 * @param {number} options.perMinute
 * @param {number} options.burst
 * @param {() => number} [options.now] the clock, replaceable in tests
 */
export function createRateLimiter({ perMinute, burst, now = Date.now }) {
  const perMs = perMinute / 60_000;
  /** @type {Map<string, { tokens: number, at: number }>} */
  const buckets = new Map();

  /** @param {number} at */
  function forgetFullBuckets(at) {
    for (const [key, bucket] of buckets) {
      if (bucket.tokens + (at - bucket.at) * perMs >= burst) buckets.delete(key);
    }
  }

  return {
    /**
     * Takes a token for `key` if there is one.
     * @param {string} key
     * @returns {number} 0 when allowed, else the milliseconds until the next token
     */
    take(key) {
      const at = now();
      if (buckets.size >= 10_000) forgetFullBuckets(at);
      const bucket = buckets.get(key) ?? { tokens: burst, at };
      const tokens = Math.min(burst, bucket.tokens + (at - bucket.at) * perMs);
      if (tokens < 1) {
        buckets.set(key, { tokens, at });
        return Math.ceil((1 - tokens) / perMs);
      }
      buckets.set(key, { tokens: tokens - 1, at });
      return 0;
    },
    /** How many users have a bucket. */
    get size() {
      return buckets.size;
    },
  };
}

/**
 * Refuses messages of a user over the limit with a polite reply; a refused message is not stored.
 * @param {import('./runtime.js').Runtime} runtime
 */
export function install({ config, chat }) {
  const limiter = createRateLimiter(config.rateLimit);
  chat.addGuard(({ userId }) => {
    const waitMs = limiter.take(userId);
    return waitMs === 0 ? undefined : [t('rateLimit.slowDown', { count: Math.ceil(waitMs / 1000) })];
  });
}
