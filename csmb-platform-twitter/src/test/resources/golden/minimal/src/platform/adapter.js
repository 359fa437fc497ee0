// @ts-check
import { setTimeout as sleep } from 'node:timers/promises';
import { t } from '../core/i18n.js';
import { callX, createXClient } from './client.js';
import { START, openLedger } from './ledger.js';

/** The identity namespace of this platform: the core stores a user as `twitter:<X user id>`. */
export const CHANNEL = 'twitter';
/** Public mentions of one user share a session, whichever thread they are in. */
const MENTIONS_CHANNEL = 'mentions';
/** X counts some characters double (CJK) and every link as 23; longer answers are cut into a thread of replies. */
const TWEET_LENGTH = 280;
/** Mentions read per request; X allows 5 to 100. */
const PAGE_SIZE = 100;
/** Pages read per poll at most, when more mentions came in than one page holds. */
const MAX_PAGES = 5;

/**
 * @typedef {object} Adapter
 * @property {() => Promise<void>} start connects and begins handing messages to chat.handle
 * @property {() => Promise<void>} stop stops receiving and waits for the replies in flight
 */

/**
 * Connects the chat core to X: polls the bot account's mentions (and, with direct messages, its DMs), hands each
 * new one to the core once and posts the answer as a reply threaded to the mention.
 * @param {object} deps
 * @param {import('../config.js').Config} deps.config
 * @param {import('../core/chat.js').Chat} deps.chat
 * @param {import('../core/commands.js').CommandRouter} deps.commands register platform-only commands here
 * @param {import('../core/logger.js').Logger} deps.logger
 * @param {import('../core/runtime.js').Runtime} [deps.runtime] the running core: store, events, sessions and,
 *   when the project serves HTTP, `http`
 * @param {() => void} deps.onEnd call when the platform ends by itself (polling never does)
 * @param {import('node:https').Agent} [deps.httpAgent] carries the API requests (a proxy; tests: a local fake)
 * @param {number} [deps.pollIntervalMs] defaults to TWITTER_POLL_SECONDS
 * @returns {Adapter}
 */
export function createAdapter({ config, chat, logger, runtime, httpAgent, pollIntervalMs = config.platform.pollIntervalMs }) {
  if (!runtime) throw new Error('The Twitter/X adapter needs the runtime: it claims each mention in its store.');
  const { store } = runtime;
  const client = createXClient(config.platform, httpAgent);
  const stopping = new AbortController();
  const { signal } = stopping;
  /** @type {import('./ledger.js').Ledger | undefined} */
  let ledger;
  /** @type {Promise<void> | undefined} */
  let polling;

  /**
   * @template T
   * @param {string} endpoint
   * @param {() => Promise<T>} request
   */
  const call = (endpoint, request) => callX(endpoint, request, { logger, signal });

  /**
   * Reads the mentions newer than the cursor and answers each one this instance claims, oldest first.
   * @param {import('./ledger.js').Ledger} ledger
   * @param {import('twitter-api-v2').UserV2} me
   */
  async function pollMentions(ledger, me) {
    const cursor = await ledger.cursor('mentions');
    const timeline = await call('users/:id/mentions', () =>
      client.userMentionTimeline(me.id, {
        max_results: PAGE_SIZE,
        'tweet.fields': ['author_id', 'conversation_id'],
        ...(cursor && cursor !== START ? { since_id: cursor } : {}),
      }),
    );
    // Read past the first page only when there is something to answer: the first poll just notes where it starts.
    for (let page = 1; cursor !== undefined && !timeline.done && page < MAX_PAGES; page += 1) {
      await call('users/:id/mentions', () => timeline.fetchNext());
    }
    const newest = timeline.meta.newest_id;
    if (cursor === undefined) {
      // The first poll of this account: older mentions were written to nobody, so the bot starts from here.
      await ledger.advance('mentions', newest ?? START);
      return;
    }
    // X lists the newest first; answer in the order people wrote.
    for (const tweet of [...timeline.tweets].reverse()) {
      if (signal.aborted) return;
      if (tweet.author_id === undefined || tweet.author_id === me.id) continue;
      if (!(await ledger.claim('mentions', tweet.id))) continue;
      await answerMention(tweet, tweet.author_id, me);
    }
    if (newest) await ledger.advance('mentions', newest);
  }

  /**
   * Answers one mention. Its author's id comes from X, never from the text, so nobody can speak as someone else.
   * @param {import('twitter-api-v2').TweetV2} tweet
   * @param {string} authorId
   * @param {import('twitter-api-v2').UserV2} me
   */
  async function answerMention(tweet, authorId, me) {
    const text = withoutLeadingMentions(decodeEntities(tweet.text));
    const replies = text
      ? await chat.handle({ channel: CHANNEL, userId: authorId, channelId: MENTIONS_CHANNEL, text })
      : [t('platform.emptyMention')];
    let inReplyTo = tweet.id;
    try {
      for (const part of splitIntoTweets(replies.join('\n\n'))) {
        const { data } = await call('tweets', () => client.reply(part, inReplyTo));
        inReplyTo = data.id;
      }
    } catch (error) {
      // Claimed ids are not answered again: a mention whose reply failed is logged, never answered twice.
      logger.error({ error, tweetId: tweet.id, account: me.username }, 'could not reply to a mention');
    }
  }

  /**
   * Polls until stopped; a failed poll is logged and the next one comes at the usual time.
   * @param {import('./ledger.js').Ledger} ledger
   * @param {import('twitter-api-v2').UserV2} me
   */
  async function poll(ledger, me) {
    while (!signal.aborted) {
      try {
        await pollMentions(ledger, me);
      } catch (error) {
        if (!signal.aborted) logger.error({ error }, 'polling X failed');
      }
      await sleep(pollIntervalMs, undefined, { signal }).catch(() => undefined);
    }
  }

  return {
    async start() {
      ledger = await openLedger(config.store, store, logger);
      const { data: me } = await call('users/me', () => client.me());
      logger.info({ account: me.username, everySeconds: pollIntervalMs / 1000 }, 'polling X');
      polling = poll(ledger, me);
    },
    async stop() {
      stopping.abort();
      await polling;
      await ledger?.close();
    },
  };
}

/**
 * Tweet texts come HTML-escaped from the API (`&amp;`, `&lt;`, `&gt;`).
 * @param {string} text
 */
function decodeEntities(text) {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * A reply starts with the handles of the people it answers (the bot's among them); the message is what follows.
 * @param {string} text
 */
export function withoutLeadingMentions(text) {
  return text.replace(/^(\s*@\w+)+/, '').trim();
}

/**
 * Cuts an answer into tweets of at most `limit` characters, at a space where there is one.
 * @param {string} text
 * @param {number} [limit]
 * @returns {string[]}
 */
export function splitIntoTweets(text, limit = TWEET_LENGTH) {
  const parts = [];
  let rest = [...text.trim()];
  while (rest.length > limit) {
    const space = rest.lastIndexOf(' ', limit);
    const cut = space > 0 ? space : limit;
    parts.push(rest.slice(0, cut).join('').trim());
    rest = rest.slice(cut);
  }
  parts.push(rest.join('').trim());
  return parts.filter((part) => part !== '');
}
