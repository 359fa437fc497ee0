// @ts-check
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { t } from './i18n.js';
import { closeRedis, connectRedis } from './redis.js';

/**
 * @param {import('./env.js').EnvReader} env
 */
export function readConfig(env) {
  return {
    perMinute: env.integer('RATE_LIMIT_PER_MINUTE', { fallback: 30, min: 1 }),
    burst: env.integer('RATE_LIMIT_BURST', { fallback: 10, min: 1 }),
    store: env.oneOf('RATE_LIMIT_STORE', /** @type {const} */ (['redis', 'memory']), 'redis'),
  };
}

/**
 * The limit as rate-limiter-flexible counts it: at most `burst` messages per window, the window as long as `perMinute`
 * needs for `burst` messages, so a user may send a quick burst and averages at most `perMinute`.
 * @param {{ perMinute: number, burst: number }} limits
 * @returns {{ points: number, duration: number }} duration in seconds
 */
export function limiterOptions({ perMinute, burst }) {
  return { points: burst, duration: Math.max(1, Math.round((60 * burst) / perMinute)) };
}

/**
 * Refuses messages of a user over the limit with a polite reply; a refused message is not stored. With
 * RATE_LIMIT_STORE=redis the counts live in Redis (RateLimiterRedis), so the limit holds across all instances, and an
 * in-memory limiter stands in while Redis cannot be reached; with memory the limit is per instance.
 * @param {import('./runtime.js').Runtime} runtime
 * @returns {Promise<import('./runtime.js').Installed>}
 */
export async function install({ config, chat, logger }) {
  const options = limiterOptions(config.rateLimit);
  /** @type {import('./redis.js').RedisClient | undefined} */
  let client;
  /** @type {RateLimiterMemory | RateLimiterRedis} */
  let limiter = new RateLimiterMemory(options);
  if (config.rateLimit.store === 'redis') {
    const { url, keyPrefix } = config.store.redis;
    // Not required and not queueing: while Redis is away, commands fail at once and the insurance limiter counts.
    let warned = false; // one warning per outage, not one per reconnection attempt
    const onError = (/** @type {Error} */ error) => {
      if (!warned) logger.warn({ error }, 'rate limit: redis connection problem; limiting per instance until it is back');
      warned = true;
    };
    client = await connectRedis(url, onError, { required: false, queueWhileDown: false });
    client.on('ready', () => void (warned = false));
    limiter = new RateLimiterRedis({
      ...options,
      storeClient: client,
      useRedisPackage: true,
      keyPrefix: `${keyPrefix}rate-limit`,
      insuranceLimiter: limiter,
    });
  }
  chat.addGuard(async ({ userId }) => {
    try {
      await limiter.consume(userId);
      return undefined;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return [t('rateLimit.slowDown', { count: Math.ceil(rejection.msBeforeNext / 1000) })];
    }
  });
  return {
    async stop() {
      if (client) await closeRedis(client);
    },
  };
}
