// @ts-check
import { ConfigError } from '../core/env.js';

/**
 * @typedef {object} PlatformConfig
 * @property {string} token the bot's token from BotFather; a secret: never log it
 * @property {string} apiRoot the Bot API server, without a trailing slash
 */

/**
 * Reads the Telegram bot's variables.
 * @param {import('../core/env.js').EnvReader} env
 * @returns {PlatformConfig}
 */
export function readPlatformConfig(env) {
  const token = env.required('TELEGRAM_BOT_TOKEN', 'the token @BotFather gives your bot in Telegram (/newbot)');
  // Not env.baseUrl, whose rule differs: it drops a trailing slash, this refuses one (and a third slash after the
  // scheme), so the root grammY and the file downloads join paths to is exactly the one written in .env.
  const apiRoot = env.string('TELEGRAM_API_ROOT', 'https://api.telegram.org');
  if (!/^https?:\/\/[^/]/.test(apiRoot) || !URL.canParse(apiRoot) || apiRoot.endsWith('/')) {
    throw new ConfigError(`Invalid TELEGRAM_API_ROOT: expected an http(s) URL without a trailing slash (got "${apiRoot}").`);
  }
  return { token, apiRoot };
}
