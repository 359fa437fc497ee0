// @ts-check
import { createChat } from './chat.js';
import { createCommandRouter, registerSessionCommands } from './commands.js';
import { createEventBus } from './events.js';
import { createSessionManager } from './sessions.js';
import { install as installSessionScope } from './session-scope.js';

/**
 * The running core, as every module's `install(runtime)` receives it. A module registers commands, guards and
 * context providers and subscribes to session events; it never edits the core.
 * @typedef {object} Runtime
 * @property {import('../config.js').Config} config
 * @property {import('./logger.js').Logger} logger
 * @property {import('./types.js').Store} store
 * @property {import('./events.js').EventBus} events
 * @property {import('./sessions.js').SessionManager} sessions
 * @property {import('./commands.js').CommandRouter} commands
 * @property {import('./chat.js').Chat} chat
 */

/**
 * What `install(runtime)` may return: work to do at shutdown, after the platform stopped and before the store closes.
 * @typedef {object} Installed
 * @property {() => Promise<void>} [stop]
 */

/**
 * Builds the core on a store and installs the project's modules, in order. src/index.js runs it with the
 * configured store; tests run it with a memory store and a fake clock, so they go through the same wiring.
 * @param {object} deps
 * @param {import('../config.js').Config} deps.config
 * @param {import('./types.js').Store} deps.store
 * @param {import('./logger.js').Logger} deps.logger
 * @param {import('./chat.js').ReplyFunction} deps.reply
 * @param {() => number} [deps.now] the clock, replaceable in tests
 * @param {() => string} [deps.newId] creates session ids, replaceable in tests
 * @returns {Promise<Runtime & { stop(): Promise<void> }>} `stop()` stops the modules and waits for event listeners;
 *   the caller closes the store
 */
export async function createRuntime({ config, store, logger, reply, now, newId }) {
  const events = createEventBus({ logger });
  const sessions = createSessionManager({ store, idleTimeoutMs: config.sessions.idleTimeoutMs, events, now, newId });
  const commands = registerSessionCommands(createCommandRouter(), sessions);
  const chat = createChat({ sessions, commands, reply, logger, maxMessageLength: config.maxMessageLength });
  /** @type {Runtime} */
  const runtime = { config, logger, store, events, sessions, commands, chat };
  /** @type {(Installed | void)[]} */
  const installed = [
    await installSessionScope(runtime),
  ];
  return {
    ...runtime,
    async stop() {
      for (const module of installed.reverse()) if (module) await module.stop?.();
      await events.settled();
    },
  };
}
