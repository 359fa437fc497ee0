// @ts-check
import { join } from 'node:path';
import qrcode from 'qrcode-terminal';
import wwebjs from 'whatsapp-web.js';
import { AttachmentError, createAttachments } from '../core/file-attachments.js';
import { t } from '../core/i18n.js';
import { createInFlight } from '../core/in-flight.js';
import { shortId } from '../core/sessions.js';

// whatsapp-web.js is CommonJS: its classes come from the default export.
const { Client, LocalAuth } = wwebjs;

/** The channel WhatsApp users come through; the core knows them as `whatsapp:<id>`. */
export const CHANNEL = 'whatsapp';

/**
 * @typedef {object} Adapter
 * @property {() => Promise<void>} start launches Chromium, shows a QR code when the device is not linked yet, and
 *   begins answering once WhatsApp Web is ready
 * @property {() => Promise<void>} stop stops answering, waits for the replies in flight and closes the browser
 * @property {() => Promise<void>} settled resolves once every message received so far has been answered
 */

/**
 * Connects the chat core to WhatsApp through whatsapp-web.js.
 * @param {object} deps
 * @param {import('../config.js').Config} deps.config
 * @param {import('../core/chat.js').Chat} deps.chat
 * @param {import('../core/commands.js').CommandRouter} deps.commands
 * @param {import('../core/logger.js').Logger} deps.logger
 * @param {import('../core/runtime.js').Runtime} [deps.runtime]
 * @param {() => void} deps.onEnd called when WhatsApp logs the device out
 * @param {import('whatsapp-web.js').Client} [deps.client] a client not yet initialized; tests pass their own
 * @param {(text: string) => void} [deps.showQr] where the QR code goes; the terminal by default
 * @returns {Adapter}
 */
export function createAdapter({ config, chat, logger, runtime, onEnd, client, showQr = (text) => void process.stdout.write(text) }) {
  const { authDir, executablePath } = config.platform;
  const wa =
    client ??
    new Client({
      authStrategy: new LocalAuth({ dataPath: authDir }),
      // Beside the session rather than in ./.wwebjs_cache, so everything the library writes stays under one folder.
      webVersionCache: { type: 'local', path: join(authDir, 'web-version-cache') },
      // An installed Chromium (PUPPETEER_EXECUTABLE_PATH): installing the project never downloads one.
      puppeteer: { headless: true, executablePath },
    });
  const attachments = runtime ? createAttachments({ config: config.fileAttachments, sessions: runtime.sessions }) : undefined;
  // The messages being answered; none is taken once stop() began.
  const inFlight = createInFlight({ logger, what: 'whatsapp message' });

  /**
   * The replies to one message, from the core.
   * @param {import('whatsapp-web.js').Message} message
   * @returns {Promise<string[]>}
   */
  async function answer(message) {
    // In a group `from` is the group and `author` the member who wrote; in a direct chat `from` is both.
    const userId = message.author ?? message.from;
    const incoming = { channel: CHANNEL, userId, channelId: message.from };
    if (message.hasMedia) {
      // The core's guards (allow-list, rate limit) see the file before it is downloaded, as they see a message.
      const refusal = await chat.admit({ ...incoming, text: '' });
      if (refusal) return refusal;
      const scope = { userId: `${CHANNEL}:${userId}`, channelId: `${CHANNEL}:${message.from}` };
      if (!attachments) return [t('platform.unsupported')];
      try {
        const media = await message.downloadMedia();
        const data = Buffer.from(media.data, 'base64');
        const type = media.mimetype.split(';')[0].trim();
        const name = media.filename ?? `${message.type}-${message.id.id.slice(-8)}`;
        const { session, attachment } = await attachments.attach(scope, { name, data, type });
        const replies = [t('fileAttachments.attach.done', { name: attachment.name, size: attachment.size, id: shortId(session) })];
        if (message.body !== '') replies.push(...(await chat.handle({ ...incoming, text: message.body })));
        return replies;
      } catch (error) {
        if (error instanceof AttachmentError) return [error.message];
        logger.error({ error }, 'whatsapp file not received');
        return [t('platform.fileFailed')];
      }
    }
    if (message.body === '') return [t('platform.unsupported')];
    return chat.handle({ ...incoming, text: message.body });
  }

  /** @param {import('whatsapp-web.js').Message} message */
  async function onMessage(message) {
    // The bot's own messages and status updates are not addressed to it.
    if (message.fromMe || message.isStatus || message.from === 'status@broadcast') return;
    const replies = await answer(message);
    // One WhatsApp message per answer ("Started session …" and the reply together), so they arrive in order.
    if (replies.length > 0) await wa.sendMessage(message.from, replies.join('\n\n'));
  }

  wa.on('qr', (qr) => {
    logger.info('scan the QR code with WhatsApp > Linked devices to link the bot');
    qrcode.generate(qr, { small: true }, showQr);
  });
  wa.on('ready', () => logger.info('whatsapp web ready'));
  wa.on('auth_failure', (message) => logger.error({ reason: message }, 'whatsapp web authentication failed'));
  wa.on('disconnected', (reason) => {
    logger.warn({ reason }, 'whatsapp web disconnected');
    onEnd();
  });
  wa.on('message', (message) => void inFlight.run(() => onMessage(message)));

  return {
    async start() {
      await wa.initialize();
    },
    async stop() {
      await inFlight.close();
      await wa.destroy().catch((error) => logger.debug({ error }, 'whatsapp web closed'));
    },
    settled: inFlight.settled,
  };
}
