// @ts-check
import { fileURLToPath } from 'node:url';
import express from 'express';
import { Server } from 'socket.io';
import { AttachmentError, createAttachments } from '../core/file-attachments.js';
import { DEFAULT_LOCALE, locales, t, withLocale } from '../core/i18n.js';
import { createInFlight } from '../core/in-flight.js';
import { originAllowed } from './origins.js';
import { createTokens } from './tokens.js';

/** Every message from the widget belongs to this channel; the core prefixes the visitor's id with it. */
export const CHANNEL = 'webchat';
const BOT_NAME = "Shop Chat";
/** The widget, its stylesheet and the demo page. */
const PUBLIC_DIR = fileURLToPath(new URL('../../public/', import.meta.url));
/** Room in a socket.io message for the file name and type around the file's bytes. */
const UPLOAD_OVERHEAD = 64 * 1024;

/**
 * @typedef {object} Adapter
 * @property {() => Promise<void>} start begins receiving messages
 * @property {() => Promise<void>} stop stops receiving and lets in-flight replies finish
 */

/**
 * What the server knows about a connected widget.
 * @typedef {object} Visitor
 * @property {string} id the visitor's id (a random UUID)
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
  const attachments = createAttachments({ config: config.fileAttachments, sessions });

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
      texts: widgetTexts(locale, config.fileAttachments.maxBytes),
      maxBytes: config.fileAttachments.maxBytes,
    });
  });

  const io = new Server(http.server, {
    // Files travel as binary socket.io messages; a bigger one is cut off by socket.io before it is read whole, a
    // smaller one still has to pass ATTACHMENT_MAX_BYTES and the allowed types. Long polling sends binary as base64.
    maxHttpBufferSize: Math.ceil((config.fileAttachments.maxBytes * 4) / 3) + UPLOAD_OVERHEAD,
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

  // Who is connecting, decided once per connection before any message: see src/platform/tokens.js.
  io.use(async (socket, next) => {
    const auth = /** @type {Record<string, unknown>} */ (socket.handshake.auth ?? {});
    const locale = typeof auth.locale === 'string' && locales().includes(auth.locale) ? auth.locale : DEFAULT_LOCALE;
    const id = (await tokens.visitorOf(auth.visitorToken)) ?? tokens.newVisitorId();
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
        visitorToken: await tokens.issue(visitor.id),
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

    socket.on('upload', (file, ack) => {
      if (typeof ack !== 'function') return;
      void inFlight.run(async () => {
        const replies = await upload(scope, file, visitor);
        ack(replies);
        socket.to(room).emit('chat', replies.map((reply) => ({ role: 'bot', text: reply })));
      });
    });
  });

  /**
   * Stores a file from the widget in the visitor's active session, within ATTACHMENT_MAX_BYTES and the allowed types,
   * once the core's guards (allow-list, rate limit) have let it in as they would a message.
   * @param {import('../core/types.js').Scope} scope
   * @param {unknown} file `{ name, type, data }` as the widget sends it
   * @param {Visitor} visitor
   * @returns {Promise<string[]>} the answers for the visitor
   */
  async function upload(scope, file, visitor) {
    const { name, type, data } = /** @type {Record<string, unknown>} */ (file ?? {});
    if (typeof name !== 'string' || name === '' || !(data instanceof Uint8Array)) {
      return [withLocale(visitor.locale, () => t('platform.upload.invalid'))];
    }
    const refusal = await chat.admit({ channel: CHANNEL, userId: visitor.id, channelId: visitor.id, text: '' });
    if (refusal) return refusal;
    try {
      const { attachment } = await attachments.attach(scope, {
        name,
        data,
        type: typeof type === 'string' && type !== '' ? type.toLowerCase() : undefined,
      });
      return [withLocale(visitor.locale, () => t('platform.upload.done', { name: attachment.name, size: attachment.size }))];
    } catch (error) {
      if (error instanceof AttachmentError) return [error.message];
      throw error;
    }
  }

  /**
   * Disconnects every widget and closes socket.io. An open WebSocket never ends by itself, so this runs as soon as
   * the HTTP server starts closing, before it waits for its connections.
   */
  function close() {
    closing ??= (async () => {
      await io.close().catch(() => undefined);
    })();
    return closing;
  }
  http.onClose(close);

  return {
    async start() {
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
 * @param {number} maxBytes the largest file a visitor may send
 */
export function widgetTexts(locale, maxBytes) {
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
    attach: t('platform.widget.attach'),
    tooLarge: t('platform.widget.tooLarge', { max: maxBytes }),
  }));
}
