// @ts-check
import { AttachmentError, createAttachments } from '../core/file-attachments.js';
import { t } from '../core/i18n.js';
import { shortId } from '../core/sessions.js';
import { GraphApiError, createGraphApi } from './graph-api.js';
import { mountWebhook } from './webhook.js';

/** The channel WhatsApp users come through; the core knows them as `whatsapp:<wa_id>`. */
export const CHANNEL = 'whatsapp';

/** A business may answer freely only within 24 hours of the user's last message (the customer-service window). */
export const WINDOW_MS = 24 * 60 * 60 * 1000;

/** Meta redelivers an event it got no 200 for during up to 7 days, so a message id stays claimed that long. */
const CLAIM_MS = 7 * 24 * 60 * 60 * 1000;

/** The message types that carry a file, each under its own key (`message.image.id`, …). */
const MEDIA_TYPES = new Set(['audio', 'document', 'image', 'sticker', 'video']);

/** File name extensions for the MIME types WhatsApp sends, so an unnamed image is checked like `photo.jpg`. */
const EXTENSIONS = /** @type {Record<string, string>} */ ({
  'application/pdf': '.pdf',
  'audio/aac': '.aac',
  'audio/mpeg': '.mp3',
  'audio/ogg': '.ogg',
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'image/webp': '.webp',
  'text/plain': '.txt',
  'video/mp4': '.mp4',
});

/**
 * @typedef {object} WhatsAppText
 * @property {string} body
 */

/**
 * One entry of a webhook's `value.messages`, as the Cloud API sends it; only the fields the bot reads.
 * @typedef {object} WhatsAppMessage
 * @property {string} id the message id (`wamid…`); Meta sends it again with a redelivery
 * @property {string} from the sender's WhatsApp id (their phone number, digits only)
 * @property {string} timestamp Unix seconds, when the user sent it
 * @property {string} type `text`, `image`, `document`, …
 * @property {WhatsAppText} [text]
 * @property {Record<string, any>} [image]
 */

/**
 * @typedef {object} Adapter
 * @property {() => Promise<void>} start begins taking deliveries; until then the webhook answers 503
 * @property {() => Promise<void>} stop stops taking deliveries and waits for the replies in flight
 * @property {() => Promise<void>} settled resolves once every delivery taken so far has been handled
 */

/**
 * Connects the chat core to the WhatsApp Cloud API: Meta's webhook in, the Graph API's messages endpoint out.
 * @param {object} deps
 * @param {import('../config.js').Config} deps.config
 * @param {import('../core/chat.js').Chat} deps.chat
 * @param {import('../core/commands.js').CommandRouter} deps.commands
 * @param {import('../core/logger.js').Logger} deps.logger
 * @param {import('../core/runtime.js').Runtime} [deps.runtime] the running core; its HTTP server takes the webhook
 * @param {() => void} [deps.onEnd]
 * @param {typeof fetch} [deps.fetch] replaceable in tests
 * @param {() => number} [deps.now] epoch milliseconds, replaceable in tests
 * @returns {Adapter}
 */
export function createAdapter({ config, chat, logger, runtime, fetch, now = Date.now }) {
  if (!runtime?.http) throw new Error('The WhatsApp Cloud API adapter needs the runtime and its HTTP server.');
  const { accessToken, appSecret, verifyToken, phoneNumberId, graphApiUrl } = config.platform;
  const graph = createGraphApi({ baseUrl: graphApiUrl, accessToken, phoneNumberId, logger, fetch });
  const attachments = createAttachments({ config: config.fileAttachments, sessions: runtime.sessions });
  const { store } = runtime;
  let started = false;
  let stopped = false;
  /** @type {Set<Promise<void>>} */
  const inFlight = new Set();

  /**
   * Sends the answer to one message, unless the customer-service window has closed: then it says so in the log,
   * with what would reach the user, instead of dropping the replies silently.
   * @param {WhatsAppMessage} message
   * @param {string[]} replies
   */
  async function send(message, replies) {
    if (replies.length === 0) return;
    if (now() - Number(message.timestamp) * 1000 > WINDOW_MS) {
      windowClosed(message);
      return;
    }
    try {
      // One WhatsApp message per answer ("Started session …" and the reply together), so they arrive in order.
      await graph.sendText(message.from, replies.join('\n\n'));
    } catch (error) {
      if (error instanceof GraphApiError && error.windowClosed) windowClosed(message);
      else logger.error({ error, to: message.from, messageId: message.id }, 'whatsapp reply not sent');
    }
  }

  /** @param {WhatsAppMessage} message */
  function windowClosed(message) {
    logger.warn(
      { to: message.from, messageId: message.id, sentAt: new Date(Number(message.timestamp) * 1000).toISOString() },
      "whatsapp reply not sent: the user's last message is older than the 24-hour customer-service window;"
        + ' only an approved template message (type "template") reaches them until they write again',
    );
  }

  /**
   * The replies to one message, from the core.
   * @param {WhatsAppMessage} message
   * @returns {Promise<string[]>}
   */
  async function answer(message) {
    // The ids come from Meta's signed payload, never from what the user wrote.
    const incoming = { channel: CHANNEL, userId: message.from, channelId: message.from };
    if (message.type === 'text' && typeof message.text?.body === 'string') {
      return chat.handle({ ...incoming, text: message.text.body });
    }
    if (MEDIA_TYPES.has(message.type)) return receiveFile(message);
    return [t('platform.unsupported')];
  }

  /**
   * Stores a received file in the user's active session: its size and type are checked against the attachment
   * limits before it is downloaded, and its caption, when it has one, is answered like a text message.
   * @param {WhatsAppMessage} message
   * @returns {Promise<string[]>}
   */
  async function receiveFile(message) {
    /** @type {Record<string, any>} */
    const media = /** @type {any} */ (message)[message.type] ?? {};
    // The core's guards (allow-list, rate limit) see the file before anything is asked of Meta, as they see a message.
    const refusal = await chat.admit({ channel: CHANNEL, userId: message.from, channelId: message.from, text: '' });
    if (refusal) return refusal;
    const scope = { userId: `${CHANNEL}:${message.from}`, channelId: `${CHANNEL}:${message.from}` };
    if (typeof media.id !== 'string') return [t('platform.unsupported')];
    try {
      const info = await graph.mediaInfo(media.id);
      const type = String(info.mime_type ?? media.mime_type ?? 'application/octet-stream').split(';')[0].trim();
      const name = typeof media.filename === 'string' ? media.filename : `${message.type}-${message.id.slice(-8)}${EXTENSIONS[type] ?? ''}`;
      attachments.check(name, Number(info.file_size ?? 0), type);
      const data = await graph.download(info.url, config.fileAttachments.maxBytes);
      const { session, attachment } = await attachments.attach(scope, { name, data, type });
      const replies = [t('fileAttachments.attach.done', { name: attachment.name, size: attachment.size, id: shortId(session) })];
      if (typeof media.caption === 'string' && media.caption !== '') {
        replies.push(...(await chat.handle({ channel: CHANNEL, userId: message.from, channelId: message.from, text: media.caption })));
      }
      return replies;
    } catch (error) {
      if (error instanceof AttachmentError) return [error.message];
      logger.error({ error, messageId: message.id }, 'whatsapp file not received');
      return [t('platform.fileFailed')];
    }
  }

  /**
   * Handles one message: once per message id, however often Meta delivers it.
   * @param {WhatsAppMessage} message
   */
  async function handleMessage(message) {
    // Claimed in the store, so across restarts and the instances sharing it exactly one answers a message.
    if (!(await store.claim('whatsapp-messages', message.id, CLAIM_MS))) {
      logger.debug({ messageId: message.id }, 'whatsapp redelivery ignored');
      return;
    }
    await send(message, await answer(message));
  }

  /**
   * Handles a verified batch: the messages to this business number, in order. Status updates (sent, delivered,
   * read) are not messages and are left alone.
   * @param {any} payload
   */
  async function handlePayload(payload) {
    for (const entry of Array.isArray(payload?.entry) ? payload.entry : []) {
      for (const change of Array.isArray(entry?.changes) ? entry.changes : []) {
        const value = change?.value;
        if (change?.field !== 'messages' || !Array.isArray(value?.messages)) continue;
        if (value.metadata?.phone_number_id !== phoneNumberId) {
          logger.warn({ phoneNumberId: String(value.metadata?.phone_number_id) }, 'whatsapp messages for another number ignored');
          continue;
        }
        for (const message of value.messages) {
          if (typeof message?.id !== 'string' || typeof message.from !== 'string') continue;
          await handleMessage(message);
        }
      }
    }
  }

  mountWebhook({
    app: runtime.http.app,
    appSecret,
    verifyToken,
    logger,
    onPayload(payload) {
      if (!started || stopped) return false;
      const work = handlePayload(payload)
        .catch((error) => logger.error({ error }, 'whatsapp webhook delivery failed'))
        .finally(() => inFlight.delete(work));
      inFlight.add(work);
      return true;
    },
  });

  return {
    async start() {
      started = true;
      logger.info({ phoneNumberId }, 'whatsapp cloud api webhook ready');
    },
    async stop() {
      stopped = true;
      await Promise.allSettled([...inFlight]);
      graph.stop();
    },
    async settled() {
      await Promise.allSettled([...inFlight]);
    },
  };
}
