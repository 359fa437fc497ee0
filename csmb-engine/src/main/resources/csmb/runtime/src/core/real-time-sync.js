// @ts-check
import { randomUUID } from 'node:crypto';
import { closeRedis, connectRedis } from './redis.js';

/** @typedef {import('./events.js').SessionEventName} SessionEventName */

/** @type {readonly SessionEventName[]} */
const EVENT_NAMES = ['sessionStarted', 'sessionResumed', 'sessionPaused', 'sessionEnded', 'sessionArchived', 'messageRecorded'];

/**
 * What travels over the channel.
 * @typedef {object} Envelope
 * @property {string} instance the publishing instance, so it can skip its own echo
 * @property {SessionEventName} name
 * @property {object} event the event's payload, as JSON
 */

/**
 * Keeps several instances of the bot in step: every session event of this instance is published on the Redis
 * channel `<REDIS_KEY_PREFIX>session-events`, and every event another instance publishes there is emitted on this
 * instance's event bus as coming from another instance: listeners that follow state (`events.on`) see the sessions of
 * all instances, while the ones that deliver or count (`events.onLocal`: outbound webhooks, metrics) leave the event to
 * the instance where it happened, so it is delivered and counted once.
 * @param {import('./runtime.js').Runtime} runtime
 * @returns {Promise<import('./runtime.js').Installed>}
 */
export async function install({ config, events, logger }) {
  const { url, keyPrefix } = config.store.redis;
  const channel = `${keyPrefix}session-events`;
  // Each instance, and each runtime in one process (as in the tests), gets its own id.
  const instance = randomUUID();
  // One warning per outage, not one per reconnection attempt.
  let warned = false;
  /** @param {Error} error */
  const onError = (error) => {
    if (warned) return logger.debug({ error }, 'real-time sync: still cannot reach redis');
    warned = true;
    logger.warn({ error }, 'real-time sync: redis connection problem; events are not shared until it is back');
  };
  // Sync is an addition: while Redis is away the bot keeps chatting on its own and the clients retry in the background.
  // A connection that subscribes can do nothing else, so publishing needs a second one.
  const [publisher, subscriber] = await Promise.all([
    connectRedis(url, onError, { required: false }),
    connectRedis(url, onError, { required: false }),
  ]);

  for (const client of [publisher, subscriber]) {
    client.on('ready', () => {
      warned = false;
    });
  }

  const subscribed = subscriber.subscribe(channel, (text) => {
    const envelope = parse(text);
    if (!envelope) {
      logger.warn({ channel }, 'real-time sync: ignored a malformed message');
      return;
    }
    if (envelope.instance === instance) return; // our own event, published by us
    events.emitFromAnotherInstance(envelope.name, /** @type {any} */ (envelope.event));
  });
  // node-redis subscribes again after every reconnect; at start, wait only when Redis is there.
  if (subscriber.isReady) await subscribed;
  else subscribed.catch(onError);

  const unsubscribe = EVENT_NAMES.map((name) =>
    // Only this instance's events: publishing the ones that came from the channel would loop.
    events.onLocal(name, async (event) => {
      if (!publisher.isReady) return; // the other instances cannot be told now; queueing would only grow
      /** @type {Envelope} */
      const envelope = { instance, name, event };
      await publisher.publish(channel, JSON.stringify(envelope));
    }),
  );
  logger.debug({ channel, instance }, 'real-time sync on');

  return {
    async stop() {
      for (const off of unsubscribe) off();
      await events.settled(); // publications still on their way
      await Promise.all([closeRedis(subscriber), closeRedis(publisher)]);
    },
  };
}

/**
 * @param {string} text
 * @returns {Envelope | undefined}
 */
function parse(text) {
  try {
    const value = JSON.parse(text);
    const valid = typeof value?.instance === 'string' && EVENT_NAMES.includes(value.name)
      && typeof value.event === 'object' && value.event !== null && typeof value.event.session?.id === 'string';
    return valid ? value : undefined;
  } catch {
    return undefined;
  }
}
