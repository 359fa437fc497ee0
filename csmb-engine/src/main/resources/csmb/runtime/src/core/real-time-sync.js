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

/** Events that arrived from another instance. */
const remoteEvents = new WeakSet();

/**
 * Whether an event came from another instance. Listeners that must act once per change across all instances
 * (sending an outbound webhook, say) skip these: the instance where the change happened handles it.
 * @param {object} event
 * @returns {boolean}
 */
export function fromAnotherInstance(event) {
  return remoteEvents.has(event);
}

/**
 * Keeps several instances of the bot in step: every session event of this instance is published on the Redis
 * channel `<REDIS_KEY_PREFIX>session-events`, and every event another instance publishes there is emitted on this
 * instance's event bus, so its listeners follow the sessions of all instances.
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
    if (warned) return logger.debug('real-time sync: still cannot reach redis', { error });
    warned = true;
    logger.warn('real-time sync: redis connection problem; events are not shared until it is back', { error });
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
      logger.warn('real-time sync: ignored a malformed message', { channel });
      return;
    }
    if (envelope.instance === instance) return; // our own event, published by us
    remoteEvents.add(envelope.event);
    events.emit(envelope.name, /** @type {any} */ (envelope.event));
  });
  // node-redis subscribes again after every reconnect; at start, wait only when Redis is there.
  if (subscriber.isReady) await subscribed;
  else subscribed.catch(onError);

  const unsubscribe = EVENT_NAMES.map((name) =>
    events.on(name, async (event) => {
      if (remoteEvents.has(event)) return; // it came from the channel; sending it back would loop
      if (!publisher.isReady) return; // the other instances cannot be told now; queueing would only grow
      /** @type {Envelope} */
      const envelope = { instance, name, event };
      await publisher.publish(channel, JSON.stringify(envelope));
    }),
  );
  logger.debug('real-time sync on', { channel, instance });

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
