// @ts-check
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { HOST_CHANNEL } from './commands.js';
import { ConfigError } from './env.js';
import { t } from './i18n.js';
import { shortId } from './sessions.js';

/** @typedef {import('./types.js').Attachment} Attachment */
/** @typedef {import('./types.js').Scope} Scope */

/** MIME types of common extensions; anything else is application/octet-stream. */
const MIME_TYPES = {
  '.csv': 'text/csv',
  '.gif': 'image/gif',
  '.jpeg': 'image/jpeg',
  '.jpg': 'image/jpeg',
  '.json': 'application/json',
  '.md': 'text/markdown',
  '.mp3': 'audio/mpeg',
  '.mp4': 'video/mp4',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.txt': 'text/plain',
  '.webp': 'image/webp',
  '.zip': 'application/zip',
};

/**
 * @param {string} name a file name
 * @returns {string} its MIME type, guessed from the extension
 */
export function mimeTypeOf(name) {
  return /** @type {Record<string, string>} */ (MIME_TYPES)[extname(name).toLowerCase()] ?? 'application/octet-stream';
}

/** A file the user can fix: too large, of a type not allowed, not found. Its message is shown to the user. */
export class AttachmentError extends Error {
  name = 'AttachmentError';
}

/**
 * @typedef {object} AttachmentsConfig
 * @property {string} dir where files are stored
 * @property {number} maxBytes
 * @property {string[]} allowedTypes lower-case extensions (".pdf") and MIME types ("image/png", "image/*")
 */

/**
 * @param {import('./env.js').EnvReader} env
 * @returns {AttachmentsConfig}
 */
export function readConfig(env) {
  const allowedTypes = env
    .string('ATTACHMENT_ALLOWED_TYPES', '.txt,.md,.pdf,.png,.jpg,.jpeg,.gif,.csv,.json')
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => entry !== '');
  const bad = allowedTypes.find((entry) => !/^\.[\w-]+$/.test(entry) && !/^[\w.+-]+\/(\*|[\w.+-]+)$/.test(entry));
  if (bad !== undefined || allowedTypes.length === 0) {
    throw new ConfigError(
      `Invalid ATTACHMENT_ALLOWED_TYPES: expected extensions (.pdf) or MIME types (image/png, image/*), comma-separated (got "${bad ?? ''}").`,
    );
  }
  return {
    dir: env.string('ATTACHMENTS_DIR', 'data/attachments'),
    maxBytes: env.integer('ATTACHMENT_MAX_BYTES', { fallback: 10485760, min: 1 }),
    allowedTypes,
  };
}

/**
 * A file as a platform hands it over: its name, its bytes and, when the platform knows it, its MIME type.
 * @typedef {object} IncomingFile
 * @property {string} name
 * @property {Uint8Array} data
 * @property {string} [type] e.g. "image/png"; guessed from the name when absent
 */

/**
 * @typedef {ReturnType<typeof createAttachments>} Attachments
 */

/**
 * The platform-agnostic attachment API: checks a file against the limits, stores one copy per distinct content
 * (named by its SHA-256, so the same file attached twice is stored once) and records a message carrying the
 * reference in the user's active session. A platform that receives files calls {@link attach}; the CLI's /attach reads
 * a local path.
 * @param {object} deps
 * @param {AttachmentsConfig} deps.config
 * @param {import('./sessions.js').SessionManager} deps.sessions
 */
export function createAttachments({ config, sessions }) {
  const dir = resolve(config.dir);

  /**
   * Refuses a file that breaks a limit, before its content is read where possible.
   * @param {string} name
   * @param {number} size
   * @param {string} type
   */
  function check(name, size, type) {
    if (size > config.maxBytes) {
      throw new AttachmentError(t('fileAttachments.tooLarge', { name, size, max: config.maxBytes }));
    }
    const extension = extname(name).toLowerCase();
    const allowed = config.allowedTypes.some(
      (entry) =>
        entry === extension ||
        entry === type ||
        (entry.endsWith('/*') && type.startsWith(entry.slice(0, -1))),
    );
    if (!allowed) {
      throw new AttachmentError(
        t('fileAttachments.typeNotAllowed', { name, type, allowed: config.allowedTypes.join(', ') }),
      );
    }
  }

  return {
    check,

    /**
     * Checks and stores a file and records it in the scope's active session, starting one when there is none.
     * @param {Scope} scope
     * @param {IncomingFile} file
     * @returns {Promise<{ session: import('./types.js').Session, attachment: Attachment }>}
     */
    async attach(scope, file) {
      const name = basename(file.name);
      const type = file.type ?? mimeTypeOf(name);
      check(name, file.data.byteLength, type);
      const sha256 = createHash('sha256').update(file.data).digest('hex');
      await mkdir(dir, { recursive: true });
      const target = join(dir, sha256);
      // Written under a temporary name and renamed, so a crash never leaves a half file under a hash name.
      const partial = `${target}.${process.pid}.partial`;
      await writeFile(partial, file.data);
      await rename(partial, target);
      /** @type {Attachment} */
      const attachment = { name, type, size: file.data.byteLength, sha256 };
      const { session } = await sessions.activeOrStart(scope);
      const text = t('fileAttachments.message', { name, size: attachment.size });
      return { session: await sessions.record(session, 'user', text, attachment), attachment };
    },

    /**
     * The attachments of the scope's active session, oldest first.
     * @param {Scope} scope
     * @returns {Promise<Attachment[]>}
     */
    async list(scope) {
      const { session } = await sessions.current(scope);
      if (!session) return [];
      const messages = await sessions.history(session, session.messageCount);
      return messages.flatMap((message) => (message.attachment ? [message.attachment] : []));
    },

    /**
     * Where a stored attachment's content is.
     * @param {Attachment} attachment
     */
    pathOf(attachment) {
      return join(dir, attachment.sha256);
    },
  };
}

/**
 * Registers /attach (a local file, for the terminal) and /attachments on the runtime.
 * @param {import('./runtime.js').Runtime} runtime
 */
export function install({ config, sessions, commands }) {
  const attachments = createAttachments({ config: config.fileAttachments, sessions });
  commands
    .register({
      name: 'attach',
      args: '<path>',
      description: () => t('fileAttachments.attach.description'),
      // Reads a file of the machine the bot runs on: only for the person at that machine.
      access: { channels: [HOST_CHANNEL] },
      run: async ({ scope, args }) => {
        if (args === '') return t('fileAttachments.attach.which');
        try {
          const path = resolve(args);
          const info = await stat(path).catch(() => undefined);
          if (!info?.isFile()) return t('fileAttachments.notFound', { path: args });
          // Checked before reading, so a huge file is refused without loading it into memory.
          attachments.check(basename(path), info.size, mimeTypeOf(path));
          const { session, attachment } = await attachments.attach(scope, { name: basename(path), data: await readFile(path) });
          return t('fileAttachments.attach.done', { name: attachment.name, size: attachment.size, id: shortId(session) });
        } catch (error) {
          if (error instanceof AttachmentError) return error.message;
          throw error;
        }
      },
    })
    .register({
      name: 'attachments',
      description: () => t('fileAttachments.list.description'),
      run: async ({ scope }) => {
        const list = await attachments.list(scope);
        if (list.length === 0) return t('fileAttachments.list.none');
        return [
          t('fileAttachments.list.title', { count: list.length }),
          ...list.map((a) =>
            t('fileAttachments.list.line', { name: a.name, type: a.type, size: a.size, hash: a.sha256.slice(0, 12) }),
          ),
        ].join('\n');
      },
    });
}
