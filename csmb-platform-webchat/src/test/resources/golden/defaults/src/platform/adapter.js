// @ts-check
import { fileURLToPath } from 'node:url';
import { createAdapter as createRedisAdapter } from '@socket.io/redis-adapter';
import express from 'express';
import { Server } from 'socket.io';
import { DEFAULT_LOCALE, locales, t, withLocale } from '../core/i18n.js';
import { createInFlight } from '../core/in-flight.js';
import { closeRedis, connectRedis } from '../core/redis.js';
import { originAllowed } from './origins.js';
import { createTokens } from './tokens.js';

/** Every message from the widget belongs to this channel; the core prefixes the visitor's id with it. */
export const CHANNEL = 'webchat';
const BOT_NAME = "Shop Chat";
/** The widget, its stylesheet and the demo page. */
const PUBLIC_DIR = fileURLToPath(new URL('../../public/', import.meta.url));
/** A chat message is at most MAX_MESSAGE_LENGTH characters: nothing bigger needs to cross the socket. */
const MAX_SOCKET_MESSAGE = 100_000;

/**
 * @typedef {object} Adapter
 * @property {() => Promise<void>} start begins receiving messages
 * @property {() => Promise<void>} stop stops receiving and lets in-flight replies finish
 */

/**
 * What the server knows about a connected widget.
 * @typedef {object} Visitor
 * @property {string} id the visitor's id (a random UUID; with user authentication the host site's user id)
 * @property {string} locale the widget's language, for its own texts
 */

/**
 * Connects the chat core to web pages: serves the widget (`/webchat/widget.js`) and a demo page (`/`) on the
 * runtime's express app, and talks to each widget over socket.io, attached to the same HTTP server. A widget sends
 * `message` (text) and gets the replies in the acknowledgement; the visitor's other tabs get the exchange as `chat`.
 * On connecting it gets `welcome`: its (renewed) token and the active session's latest messages, so a reload shows
 * the conversation again.
 * @param {object} deps
 * @param {import('../config.js').Config} deps.config
 * @param {import('../core/chat.js').Chat} deps.chat
 * @param {import('../core/commands.js').CommandRouter} deps.commands
 * @param {import('../core/logger.js').Logger} deps.logger
 * @param {import('../core/runtime.js').Runtime} deps.runtime the running core; the adapter mounts its routes on `http`
 * @param {() => void} deps.onEnd unused: a web server does not end by itself
 * @returns {Adapter}
 */
export function createAdapter({ config, chat, logger, runtime }) {
  const { http, sessions } = runtime;
  const platform = config.platform;
  const tokens = createTokens(platform);

  http.app.use(express.static(PUBLIC_DIR, { index: 'index.html' }));
  http.app.get('/webchat/strings.json', (request, response) => {
    // The default first: a browser that states no preference gets it.
    const offered = [DEFAULT_LOCALE, ...locales().filter((locale) => locale !== DEFAULT_LOCALE)];
    const locale = request.acceptsLanguages(...offered) || DEFAULT_LOCALE;
    // A simple GET, so an embedding site listed in WEBCHAT_ALLOWED_ORIGINS needs no preflight, only this header.
    const origin = request.get('Origin');
    if (origin !== undefined && platform.allowedOrigins.includes(origin)) response.set('Access-Control-Allow-Origin', origin);
    response.set('Vary', 'Accept-Language').json({
      locale,
      texts: widgetTexts(locale),
    });
  });

  const io = new Server(http.server, {
    maxHttpBufferSize: MAX_SOCKET_MESSAGE,
    // CORS for long polling from the embedding sites; WebSocket connections are checked by allowRequest below.
    cors: { origin: platform.allowedOrigins },
    allowRequest: (request, callback) => {
      const allowed = originAllowed(request.headers.origin, request.headers.host, platform.allowedOrigins);
      if (!allowed) logger.warn({ origin: request.headers.origin }, 'webchat: refused a page from another origin');
      callback(null, allowed);
    },
  });
  /** Every socket.io message being handled, so stop() can wait for their replies. */
  const inFlight = createInFlight({ logger, what: 'webchat: handling a message' });
  /** @type {Promise<void> | undefined} */
  let closing;
  /** @type {import('../core/redis.js').RedisClient[]} */
  let redisClients = [];

  // Who is connecting, decided once per connection before any message: see src/platform/tokens.js.
  io.use(async (socket, next) => {
    const auth = /** @type {Record<string, unknown>} */ (socket.handshake.auth ?? {});
    const locale = typeof auth.locale === 'string' && locales().includes(auth.locale) ? auth.locale : DEFAULT_LOCALE;
    const id = await tokens.userOf(auth.userToken);
    if (id === undefined) return next(new Error('unauthorized'));
    /** @type {Visitor} */
    const visitor = { id, locale };
    socket.data.visitor = visitor;
    next();
  });

  io.on('connection', (socket) => {
    const visitor = /** @type {Visitor} */ (socket.data.visitor);
    // The visitor's tabs (on every instance, with the Redis adapter) share a room, so each sees the whole exchange.
    const room = `visitor:${visitor.id}`;
    void socket.join(room);
    const scope = { userId: `${CHANNEL}:${visitor.id}`, channelId: `${CHANNEL}:${visitor.id}` };

    void inFlight.run(async () => {
      const { session } = await sessions.current(scope);
      const messages = session && platform.historyMessages > 0 ? await sessions.history(session, platform.historyMessages) : [];
      socket.emit('welcome', {
        user: visitor.id,
        history: messages.map((message) => ({ role: message.role, text: message.text })),
      });
    });

    socket.on('message', (text, ack) => {
      if (typeof text !== 'string' || typeof ack !== 'function') return;
      void inFlight.run(async () => {
        // The ids come from the verified token, never from what the visitor sends.
        const replies = await chat.handle({ channel: CHANNEL, userId: visitor.id, channelId: visitor.id, text });
        ack(replies);
        socket.to(room).emit('chat', [{ role: 'user', text }, ...replies.map((reply) => ({ role: 'bot', text: reply }))]);
      });
    });
  });

  /**
   * Disconnects every widget and closes socket.io. An open WebSocket never ends by itself, so this runs as soon as
   * the HTTP server starts closing, before it waits for its connections.
   */
  function close() {
    closing ??= (async () => {
      await io.close().catch(() => undefined);
      await Promise.all(redisClients.map((client) => closeRedis(client)));
    })();
    return closing;
  }
  http.onClose(close);

  return {
    async start() {
      const { url } = config.store.redis;
      /** @param {Error} error */
      const onError = (error) => logger.warn({ error }, 'webchat: redis connection problem; other instances miss messages');
      // The adapter needs one connection to publish and one to subscribe.
      redisClients = await Promise.all([
        connectRedis(url, onError, { required: false }),
        connectRedis(url, onError, { required: false }),
      ]);
      const key = `${config.store.redis.keyPrefix}socket.io`;
      io.adapter(createRedisAdapter(redisClients[0], redisClients[1], { key }));
      // The adapter subscribes without waiting for Redis. Redis answers one connection's commands in order, so once a
      // subscription sent after the adapter's is confirmed, this instance receives what the others publish.
      await redisClients[1].subscribe(`${key}#ready`, () => {});
      await redisClients[1].unsubscribe(`${key}#ready`);
      if (platform.secret.length < 32) {
        logger.warn('WEBCHAT_SECRET is shorter than 32 characters: visitor tokens are only as strong as the secret');
      }
      logger.info({ allowedOrigins: platform.allowedOrigins }, 'webchat ready');
    },
    async stop() {
      await close();
      await inFlight.close();
    },
  };
}

/**
 * The widget's own texts in `locale`; the browser gets them from `/webchat/strings.json`.
 * @param {string} locale
 */
export function widgetTexts(locale) {
  return withLocale(locale, () => ({
    title: t('platform.widget.title', { name: BOT_NAME }),
    open: t('platform.widget.open', { name: BOT_NAME }),
    close: t('platform.widget.close'),
    log: t('platform.widget.log'),
    input: t('platform.widget.input'),
    send: t('platform.widget.send'),
    you: t('platform.widget.you'),
    bot: t('platform.widget.bot'),
    offline: t('platform.widget.offline'),
    refused: t('platform.widget.refused'),
  }));
}
