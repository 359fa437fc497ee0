// @ts-check
// Shared by the web chat's tests (node --test also loads this file; it defines no test of its own).
import { io } from 'socket.io-client';
import { createLogger } from '../../src/core/logger.js';
import { createRuntime } from '../../src/core/runtime.js';
import { openStore } from '../../src/core/stores/index.js';
import { createAdapter } from '../../src/platform/adapter.js';
import { loadTestConfig, transcriptReply } from '../support/env.js';

/** The secret test servers sign visitor tokens with. */
export const SECRET = 'test-secret-0123456789abcdef0123456789abcdef';

/**
 * Starts the real server on 127.0.0.1 and a free port: the runtime, the web chat adapter, socket.io.
 * @param {Record<string, string>} [env] variables on top of the test environment
 */
export async function startServer(env = {}) {
  const config = loadTestConfig({
    WEBCHAT_SECRET: SECRET,
    SESSION_STORE: 'memory',
    LOG_LEVEL: 'warn',
    ...env,
  });
  /** @type {string[]} */
  const logs = [];
  const logger = createLogger({ level: config.logLevel, stream: { write: (line) => void logs.push(line) } });
  const store = await openStore(config.store);
  const runtime = await createRuntime({ config, store, logger, reply: transcriptReply });
  const adapter = createAdapter({ config, chat: runtime.chat, commands: runtime.commands, logger, runtime, onEnd: () => {} });
  const port = await runtime.http.listen(0, '127.0.0.1');
  await adapter.start();
  return {
    url: `http://127.0.0.1:${port}`,
    runtime,
    logs,
    /** Stops it the way src/index.js does. */
    async stop() {
      await runtime.http.close();
      await adapter.stop();
      await runtime.stop();
      await store.close();
    },
  };
}

/**
 * What the server sends a widget when it connects.
 * @typedef {object} Welcome
 * @property {string} visitorToken
 * @property {HistoryLine[]} history
 */

/**
 * @typedef {object} HistoryLine
 * @property {'user' | 'bot'} role
 * @property {string} text
 */

/**
 * Connects a socket.io client the way the widget does, and waits for the server's welcome.
 * @param {string} url
 * @param {object} [options]
 * @param {Record<string, unknown>} [options.auth] what the widget presents
 * @param {string} [options.origin] the page's origin, as a browser would send it
 * @returns {Promise<{ socket: import('socket.io-client').Socket, welcome: Welcome }>}
 */
export function connect(url, { auth = {}, origin } = {}) {
  const socket = io(url, {
    auth,
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    timeout: 10_000,
    extraHeaders: origin === undefined ? {} : { origin },
  });
  return new Promise((resolve, reject) => {
    socket.once('welcome', (welcome) => resolve({ socket, welcome }));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/**
 * Sends a message as the widget does and returns the bot's replies.
 * @param {import('socket.io-client').Socket} socket
 * @param {string} text
 * @returns {Promise<string[]>}
 */
export function say(socket, text) {
  return socket.timeout(10_000).emitWithAck('message', text);
}
