// @ts-check
import { EnvReader } from './core/env.js';
import { readPlatformConfig } from './platform/config.js';
import { readConfig as readSessionScopeConfig } from './core/session-scope.js';

/** @typedef {'debug' | 'info' | 'warn' | 'error'} LogLevel */
/** @typedef {'memory' | 'sqlite'} StoreKind */

/**
 * @typedef {object} StoreConfig
 * @property {StoreKind} kind
 * @property {string} sqlitePath
 * @property {number} memoryMaxSessions
 */

/**
 * @typedef {object} SessionsConfig
 * @property {number} idleTimeoutMs
 */

/**
 * @typedef {object} Config
 * @property {StoreConfig} store
 * @property {SessionsConfig} sessions
 * @property {LogLevel} logLevel
 * @property {number} maxMessageLength characters; longer messages are refused
 * @property {ReturnType<typeof readSessionScopeConfig>} sessionScope
 * @property {import('./platform/config.js').PlatformConfig} platform
 */

/** @type {readonly StoreKind[]} */
const STORE_KINDS = ['memory', 'sqlite'];
/** @type {readonly LogLevel[]} */
const LOG_LEVELS = ['debug', 'info', 'warn', 'error'];

/**
 * Reads and validates the configuration once, at start.
 * @param {Record<string, string | undefined>} [environment]
 * @returns {Config}
 * @throws {import('./core/env.js').ConfigError} naming the first missing or invalid variable
 */
export function loadConfig(environment = process.env) {
  const env = new EnvReader(environment);
  return {
    store: {
      kind: env.oneOf('SESSION_STORE', STORE_KINDS, 'sqlite'),
      sqlitePath: env.string('SQLITE_PATH', 'data/sessions.db'),
      memoryMaxSessions: env.integer('MEMORY_MAX_SESSIONS', { fallback: 1000, min: 1 }),
    },
    sessions: {
      idleTimeoutMs: env.integer('SESSION_IDLE_MINUTES', { fallback: 30, min: 1, max: 525600 }) * 60_000,
    },
    logLevel: env.oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    maxMessageLength: env.integer('MAX_MESSAGE_LENGTH', { fallback: 4000, min: 1, max: 1_000_000 }),
    sessionScope: readSessionScopeConfig(env),
    platform: readPlatformConfig(env),
  };
}
