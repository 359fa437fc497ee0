// @ts-check
import './node-version.js';
import { loadConfig } from './config.js';
import { ConfigError } from './core/env.js';
import { createLogger } from './core/logger.js';
import { createRuntime } from './core/runtime.js';
import { openStore } from './core/stores/index.js';
import { createAdapter } from './platform/adapter.js';
import { reply } from './reply.js';

try {
  // Variables already set in the environment win over the .env file.
  process.loadEnvFile();
} catch (error) {
  if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
}

/** @type {import('./config.js').Config} */
let config;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const logger = createLogger({ level: config.logLevel });
/** @type {import('./core/types.js').Store} */
let store;
try {
  store = await openStore(config.store);
} catch (error) {
  // An unreachable server or an unwritable database file is a setup problem: one line, like a configuration error.
  console.error(`Cannot open the ${config.store.kind} store: ${/** @type {Error} */ (error).message}`);
  process.exit(1);
}
const runtime = await createRuntime({ config, store, logger, reply });
const { chat, commands } = runtime;
const adapter = createAdapter({ config, chat, commands, logger, onEnd: () => void shutdown('input ended') });

/** @type {Promise<void> | undefined} */
let stopping;

/**
 * Stops taking messages, lets the ones in flight finish, then closes the store. Safe to call more than once.
 * @param {string} reason
 */
function shutdown(reason) {
  stopping ??= (async () => {
    logger.debug({ reason }, 'shutting down');
    try {
      await adapter.stop();
      await runtime.stop();
    } finally {
      await store.close();
    }
  })();
  return stopping;
}

process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
// A crash must still close the store, so SQLite's write-ahead log is checkpointed.
process.on('uncaughtException', (error) => {
  logger.error({ error }, 'uncaught exception');
  process.exitCode = 1;
  void shutdown('uncaught exception');
});
process.on('unhandledRejection', (error) => {
  logger.error({ error }, 'unhandled rejection');
  process.exitCode = 1;
  void shutdown('unhandled rejection');
});

logger.debug({ store: config.store.kind }, 'starting');
await adapter.start();
