// @ts-check
import { AttachmentError, createAttachments } from '../core/file-attachments.js';
import { t } from '../core/i18n.js';
import { shortId } from '../core/sessions.js';

/** The Bot API lets bots download files of at most 20 MB (getFile). */
export const BOT_API_DOWNLOAD_LIMIT = 20 * 1024 * 1024;
/** How long one download may take. */
const DOWNLOAD_TIMEOUT_MS = 60_000;

/**
 * @typedef {object} TelegramFile
 * @property {string} name
 * @property {string | undefined} type its MIME type, when Telegram knows it
 * @property {number | undefined} size in bytes, when Telegram knows it
 */

/**
 * What a Telegram message carries as a file: a document keeps its name and type; a photo has neither, so it gets a
 * name from its unique id (Telegram sends photos as JPEG).
 * @param {import('grammy').Context} ctx
 * @returns {TelegramFile | undefined}
 */
export function incomingFile(ctx) {
  const document = ctx.msg?.document;
  if (document) {
    return { name: document.file_name ?? `document-${document.file_unique_id}`, type: document.mime_type, size: document.file_size };
  }
  const photo = ctx.msg?.photo?.at(-1); // the sizes come smallest first
  if (photo) return { name: `photo-${photo.file_unique_id}.jpg`, type: 'image/jpeg', size: photo.file_size };
  return undefined;
}

/**
 * Receives files sent to the bot: checks the limits before downloading (Telegram's 20 MB, ATTACHMENT_MAX_BYTES and
 * ATTACHMENT_ALLOWED_TYPES), downloads through the Bot API's file link (getFile, then
 * `<api root>/file/bot<token>/<file_path>`, with no more bytes read than the limit) and records the file in the
 * user's active session, as /attach does in the terminal. The adapter has passed the file through the core's guards
 * (`chat.admit`) first.
 * @param {object} deps
 * @param {import('../config.js').Config} deps.config
 * @param {import('../core/sessions.js').SessionManager} deps.sessions
 * @param {import('../core/logger.js').Logger} deps.logger
 * @returns {(ctx: import('grammy').Context, scope: import('../core/types.js').Scope) => Promise<string>} the reply
 */
export function createFileReceiver({ config, sessions, logger }) {
  const attachments = createAttachments({ config: config.fileAttachments, sessions });
  const maxBytes = Math.min(BOT_API_DOWNLOAD_LIMIT, config.fileAttachments.maxBytes);
  const { token, apiRoot } = config.platform;

  return async (ctx, scope) => {
    const file = incomingFile(ctx);
    if (!file) return t('platform.file.unsupported');
    const { name, type = 'application/octet-stream' } = file;
    try {
      if (file.size !== undefined && file.size > BOT_API_DOWNLOAD_LIMIT) {
        return t('platform.file.tooLargeForTelegram', { name, max: BOT_API_DOWNLOAD_LIMIT });
      }
      attachments.check(name, file.size ?? 0, type);
      const { file_path: path } = await ctx.getFile();
      if (path === undefined) return t('platform.file.unavailable', { name });
      const data = await download(`${apiRoot}/file/bot${token}/${path}`, maxBytes);
      if (data === undefined) return t('fileAttachments.tooLarge', { name, size: `> ${maxBytes}`, max: maxBytes });
      const { session, attachment } = await attachments.attach(scope, { name, data, type });
      return t('fileAttachments.attach.done', { name: attachment.name, size: attachment.size, id: shortId(session) });
    } catch (error) {
      if (error instanceof AttachmentError) return error.message;
      // The file link holds the token: only the error's name and message are logged, never the URL.
      const { name: kind, message } = /** @type {Error} */ (error);
      logger.error({ error: { name: kind, message }, file: name }, 'telegram file download failed');
      return t('platform.file.failed', { name });
    }
  };
}

/**
 * Downloads a file, reading at most `maxBytes`.
 * @param {string} url
 * @param {number} maxBytes
 * @returns {Promise<Uint8Array | undefined>} the bytes, or undefined when the file is larger than `maxBytes`
 */
async function download(url, maxBytes) {
  const response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  if (!response.ok || !response.body) throw new Error(`the file download answered HTTP ${response.status}`);
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    await response.body.cancel();
    return undefined;
  }
  /** @type {Uint8Array[]} */
  const chunks = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    if (size > maxBytes) return undefined; // leaving the loop cancels the rest of the body
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
