// @ts-check
// A small fake of the X API v2 endpoints the bot calls, for the platform tests (node --test also loads this file;
// it defines no test of its own). Shapes follow twitter-api-v2's typings and X's API reference.
import { createServer } from 'node:http';
import { Agent } from 'node:https';
import { connect } from 'node:net';

/**
 * @typedef {object} FakeTweet
 * @property {string} id
 * @property {string} text
 * @property {string} author_id
 * @property {string} conversation_id
 * @property {string} [in_reply_to_tweet_id] set on the bot's replies
 */

/**
 * @typedef {object} FakeDmEvent
 * @property {string} id
 * @property {'MessageCreate'} event_type
 * @property {string} text
 * @property {string} sender_id
 * @property {string} dm_conversation_id
 * @property {string} created_at
 */

/**
 * @typedef {object} SeenRequest
 * @property {string} method
 * @property {string} path without the query
 * @property {URLSearchParams} query
 * @property {number} status what the fake answered
 * @property {number} at epoch milliseconds
 */

/** The bot account the fake knows; every request must be signed with its OAuth 1.0a keys. */
export const BOT = Object.freeze({ id: '1000', name: 'Test Bot', username: 'test_bot' });

/**
 * Starts the fake on 127.0.0.1, on a free port.
 * @param {object} options
 * @param {string} options.consumerKey the TWITTER_API_KEY requests must be signed with
 */
export async function startFakeXApi({ consumerKey }) {
  let nextId = 1_800_000_000_000_000_000n;
  const newId = () => `${(nextId += 1n)}`;
  /** @type {FakeTweet[]} oldest first */
  const tweets = [];
  /** @type {FakeDmEvent[]} oldest first */
  const dmEvents = [];
  /** @type {SeenRequest[]} */
  const requests = [];
  /** @type {Map<string, number>} path pattern → seconds until reset, for the next request there */
  const rateLimited = new Map();

  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'https://api.x.com');
      /** @param {number} status @param {unknown} payload @param {Record<string, string>} [headers] */
      const send = (status, payload, headers = {}) => {
        requests.push({ method: req.method ?? '', path: url.pathname, query: url.searchParams, status, at: Date.now() });
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(payload));
      };
      const auth = req.headers.authorization ?? '';
      if (!auth.startsWith('OAuth ') || !auth.includes(`oauth_consumer_key="${consumerKey}"`)) {
        send(401, { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' });
        return;
      }
      const route = `${req.method} ${url.pathname.replace(/\d{3,}/g, ':id')}`;
      const waitSeconds = rateLimited.get(route);
      if (waitSeconds !== undefined) {
        rateLimited.delete(route);
        const reset = Math.ceil(Date.now() / 1000) + waitSeconds;
        send(429, { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 }, {
          'x-rate-limit-limit': '10',
          'x-rate-limit-remaining': '0',
          'x-rate-limit-reset': String(reset),
        });
        return;
      }
      const limits = { 'x-rate-limit-limit': '10', 'x-rate-limit-remaining': '9', 'x-rate-limit-reset': '0' };
      switch (route) {
        case 'GET /2/users/me':
          send(200, { data: BOT }, limits);
          return;
        case 'GET /2/users/:id/mentions': {
          const sinceId = url.searchParams.get('since_id');
          const max = Number(url.searchParams.get('max_results') ?? 10);
          const found = tweets
            .filter((tweet) => tweet.text.includes(`@${BOT.username}`))
            .filter((tweet) => sinceId === null || BigInt(tweet.id) > BigInt(sinceId))
            .reverse()
            .slice(0, max)
            .map(({ id, text, author_id, conversation_id }) => ({ id, text, author_id, conversation_id }));
          // X leaves out `data` and the ids when nothing matches.
          const meta = found.length
            ? { result_count: found.length, newest_id: found[0].id, oldest_id: found[found.length - 1].id }
            : { result_count: 0 };
          send(200, found.length ? { data: found, meta } : { meta }, limits);
          return;
        }
        case 'POST /2/tweets': {
          const input = JSON.parse(body);
          const parent = tweets.find((tweet) => tweet.id === input.reply?.in_reply_to_tweet_id);
          if (input.reply && !parent) {
            send(400, { title: 'Invalid Request', detail: 'in_reply_to_tweet_id does not exist', type: 'about:blank' });
            return;
          }
          const id = newId();
          tweets.push({
            id,
            text: input.text,
            author_id: BOT.id,
            conversation_id: parent?.conversation_id ?? id,
            in_reply_to_tweet_id: parent?.id,
          });
          send(201, { data: { id, text: input.text, edit_history_tweet_ids: [id] } }, limits);
          return;
        }
        case 'GET /2/dm_events': {
          const max = Number(url.searchParams.get('max_results') ?? 100);
          const data = [...dmEvents].reverse().slice(0, max);
          send(200, data.length ? { data, meta: { result_count: data.length } } : { meta: { result_count: 0 } }, limits);
          return;
        }
        case 'POST /2/dm_conversations/with/:id/messages': {
          const participant = url.pathname.split('/')[4];
          const input = JSON.parse(body);
          const event = dm(BOT.id, participant, input.text);
          send(201, { data: { dm_conversation_id: event.dm_conversation_id, dm_event_id: event.id } }, limits);
          return;
        }
        default:
          send(404, { title: 'Not Found Error', detail: `no route ${route}`, type: 'about:blank' });
      }
    });
  });

  /**
   * @param {string} senderId
   * @param {string} otherId
   * @param {string} text
   */
  function dm(senderId, otherId, text) {
    const [low, high] = [senderId, otherId].sort();
    /** @type {FakeDmEvent} */
    const event = {
      id: newId(),
      event_type: 'MessageCreate',
      text,
      sender_id: senderId,
      dm_conversation_id: `${low}-${high}`,
      created_at: new Date().toISOString(),
    };
    dmEvents.push(event);
    return event;
  }

  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  /**
   * twitter-api-v2 always calls https://api.x.com (its `cloneWithPrefix` cannot change that in 1.29: it calls a class
   * constructor without `new`), so the fake is reached through the SDK's `httpAgent` setting, the one meant for
   * proxies: an agent that opens a plain connection to this server. Requests keep their real URLs and signatures.
   */
  class FakeXAgent extends Agent {
    createConnection() {
      return connect(port, '127.0.0.1');
    }
  }

  return {
    agent: new FakeXAgent(),
    tweets,
    requests,
    /**
     * A user tweets; mentioning the bot makes it a mention.
     * @param {string} authorId
     * @param {string} text
     * @returns {FakeTweet}
     */
    tweet(authorId, text) {
      const id = newId();
      const tweet = { id, text, author_id: authorId, conversation_id: id };
      tweets.push(tweet);
      return tweet;
    },
    /**
     * A user sends the bot a direct message.
     * @param {string} senderId
     * @param {string} text
     */
    directMessage: (/** @type {string} */ senderId, /** @type {string} */ text) => dm(senderId, BOT.id, text),
    /** @returns {FakeTweet[]} what the bot posted, oldest first */
    replies: () => tweets.filter((tweet) => tweet.author_id === BOT.id),
    /** @returns {FakeDmEvent[]} what the bot sent, oldest first */
    sentMessages: () => dmEvents.filter((event) => event.sender_id === BOT.id),
    /**
     * The next request to `route` (e.g. `GET /2/users/:id/mentions`) gets a 429 whose reset is `seconds` away.
     * @param {string} route
     * @param {number} seconds
     */
    rateLimitNext(route, seconds) {
      rateLimited.set(route, seconds);
    },
    /** @param {string} route e.g. `GET /2/users/:id/mentions` */
    count: (route) =>
      requests.filter((r) => `${r.method} ${r.path.replace(/\d{3,}/g, ':id')}` === route && r.status < 400).length,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}
