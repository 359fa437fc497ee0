// @ts-check
// A small fake of the Telegram Bot API for the platform tests (node --test also loads this file; it defines no test
// of its own). It answers the methods grammY calls, the way api.telegram.org does: POST /bot<token>/<method> with a
// JSON body, answered { ok: true, result } or { ok: false, error_code, description }; files under
// /file/bot<token>/<file_path>. getUpdates long-polls: it waits until an update is queued or its timeout ends.
import { once } from 'node:events';
import { createServer } from 'node:http';

/** The bot the fake is: what getMe answers. */
export const BOT = Object.freeze({
  id: 7000000001,
  is_bot: true,
  first_name: 'Test Bot',
  username: 'test_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
});

/** A chat whose user blocked the bot: sendMessage there fails with 403, as Telegram answers. */
export const BLOCKED_CHAT = 1666;

/**
 * @typedef {object} ApiCall
 * @property {string} method
 * @property {Record<string, any>} payload
 */

/**
 * Starts the fake on 127.0.0.1 on a free port.
 * @param {object} options
 * @param {string} options.token the only token it accepts; any other gets 401, like Telegram
 */
export async function startFakeBotApi({ token }) {
  /** @type {Record<string, any>[]} updates not yet confirmed by an offset */
  let queue = [];
  let nextUpdateId = 100;
  let nextMessageId = 1;
  /** @type {ApiCall[]} every call, in order */
  const calls = [];
  /** @type {Map<string, { path: string, data: Uint8Array }>} files by file_id */
  const files = new Map();
  /** @type {Set<() => void>} woken when an update is queued or a call recorded */
  const waiters = new Set();
  const wake = () => [...waiters].forEach((wakeUp) => wakeUp());

  /**
   * Resolves at the next wake-up, or after `ms`.
   * @param {number} ms
   * @param {AbortSignal} [signal]
   */
  const nextEvent = (ms, signal) =>
    new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        waiters.delete(done);
        resolve(undefined);
      };
      const timer = setTimeout(done, ms);
      waiters.add(done);
      signal?.addEventListener('abort', done, { once: true });
    });

  /**
   * @param {string} method
   * @param {Record<string, any>} payload
   * @param {AbortSignal} signal aborted when the client goes away
   * @returns {Promise<unknown>} the method's result
   */
  async function answer(method, payload, signal) {
    switch (method) {
      case 'getMe':
        return BOT;
      case 'getUpdates': {
        const offset = Number(payload.offset ?? 0);
        queue = queue.filter((update) => update.update_id >= offset);
        // grammY asks with timeout 30 (seconds); the fake waits at most 1 s, so a stopping bot never hangs a test.
        const deadline = Date.now() + Math.min(Number(payload.timeout ?? 0) * 1000, 1000);
        while (queue.length === 0 && Date.now() < deadline && !signal.aborted) {
          await nextEvent(deadline - Date.now(), signal);
        }
        return queue.slice(0, Number(payload.limit ?? 100));
      }
      case 'sendMessage':
        if (payload.chat_id === BLOCKED_CHAT) {
          throw Object.assign(new Error('Forbidden: bot was blocked by the user'), { code: 403 });
        }
        return {
          message_id: nextMessageId++,
          date: Math.floor(Date.now() / 1000),
          chat: { id: payload.chat_id, type: Number(payload.chat_id) < 0 ? 'group' : 'private' },
          from: { id: BOT.id, is_bot: true, first_name: BOT.first_name, username: BOT.username },
          text: payload.text,
          ...(payload.reply_markup ? { reply_markup: payload.reply_markup } : {}),
        };
      case 'getFile': {
        const file = files.get(payload.file_id);
        if (!file) throw Object.assign(new Error('Bad Request: invalid file_id'), { code: 400 });
        return { file_id: payload.file_id, file_unique_id: `u-${payload.file_id}`, file_size: file.data.byteLength, file_path: file.path };
      }
      case 'setMyCommands':
      case 'setWebhook':
      case 'deleteWebhook':
      case 'answerCallbackQuery':
        return true;
      default:
        throw Object.assign(new Error(`Not Found: method ${method} is not in the fake`), { code: 404 });
    }
  }

  const server = createServer(async (request, response) => {
    const abort = new AbortController();
    response.on('close', () => abort.abort());
    /** @param {number} status @param {unknown} body */
    const json = (status, body) => {
      if (response.destroyed) return;
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    const path = new URL(request.url ?? '/', 'http://fake').pathname;
    const filePrefix = `/file/bot${token}/`;
    if (path.startsWith(filePrefix)) {
      const file = [...files.values()].find((candidate) => candidate.path === path.slice(filePrefix.length));
      if (!file) return json(404, { ok: false, error_code: 404, description: 'Not Found' });
      response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': file.data.byteLength });
      return void response.end(file.data);
    }
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(path);
    if (!match || match[1] !== token) return json(401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const method = match[2];
    const chunks = [];
    for await (const chunk of request) chunks.push(chunk);
    const body = Buffer.concat(chunks).toString('utf8');
    const payload = body === '' ? {} : JSON.parse(body);
    calls.push({ method, payload });
    wake();
    try {
      json(200, { ok: true, result: await answer(method, payload, abort.signal) });
    } catch (error) {
      const { code = 500, message } = /** @type {{ code?: number, message: string }} */ (error);
      json(code, { ok: false, error_code: code, description: message });
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());

  return {
    /** What TELEGRAM_API_ROOT is set to. */
    apiRoot: `http://127.0.0.1:${port}`,
    calls,

    /**
     * Queues an update (given without its update_id) for the next getUpdates; returns it with its id.
     * @param {Record<string, any>} update
     */
    push(update) {
      const queued = { update_id: nextUpdateId++, ...update };
      queue.push(queued);
      wake();
      return queued;
    },

    /**
     * Adds a file the bot can fetch with getFile and download.
     * @param {string} fileId
     * @param {string} path its file_path
     * @param {Uint8Array} data
     */
    addFile(fileId, path, data) {
      files.set(fileId, { path, data });
    },

    /**
     * The calls of one method, optionally only those matching.
     * @param {string} method
     * @param {(payload: Record<string, any>) => boolean} [matches]
     */
    callsOf(method, matches = () => true) {
      return calls.filter((call) => call.method === method && matches(call.payload)).map((call) => call.payload);
    },

    /**
     * Waits until `count` calls of `method` match, and returns them.
     * @param {string} method
     * @param {(payload: Record<string, any>) => boolean} matches
     * @param {number} [count]
     * @param {number} [ms] gives up after this long
     */
    async waitFor(method, matches, count = 1, ms = 5000) {
      const deadline = Date.now() + ms;
      for (;;) {
        const found = this.callsOf(method, matches);
        if (found.length >= count) return found;
        if (Date.now() >= deadline) {
          throw new Error(`waited ${ms} ms for ${count} ${method} call(s); got: ${JSON.stringify(calls.slice(-10))}`);
        }
        await nextEvent(deadline - Date.now());
      }
    },

    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
