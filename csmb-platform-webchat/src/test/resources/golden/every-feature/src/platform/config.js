// @ts-check
import { ConfigError } from '../core/env.js';

/**
 * @typedef {object} PlatformConfig
 * @property {string} secret signs the visitors' tokens (HS256)
 * @property {string[]} allowedOrigins origins of the sites that embed the widget, besides the server's own
 * @property {number} historyMessages how many messages a visitor sees again after a reload
 */

/**
 * Reads the web chat's own variables.
 * @param {import('../core/env.js').EnvReader} env
 * @returns {PlatformConfig}
 */
export function readPlatformConfig(env) {
  const allowedOrigins = env
    .string('WEBCHAT_ALLOWED_ORIGINS', '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const bad = allowedOrigins.find((entry) => !isOrigin(entry));
  if (bad !== undefined) {
    throw new ConfigError(
      `Invalid WEBCHAT_ALLOWED_ORIGINS: expected origins such as https://www.example.com, comma-separated (got "${bad}").`,
    );
  }
  return {
    secret: env.required('WEBCHAT_SECRET', 'a long random string that signs visitor tokens (openssl rand -hex 32)'),
    allowedOrigins,
    historyMessages: env.integer('WEBCHAT_HISTORY_MESSAGES', { fallback: 50, min: 0, max: 1000 }),
  };
}

/**
 * Whether `value` is exactly an origin: a scheme, a host and maybe a port, nothing after.
 * @param {string} value
 */
function isOrigin(value) {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}
