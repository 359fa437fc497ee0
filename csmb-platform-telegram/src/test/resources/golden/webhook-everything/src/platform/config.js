// @ts-check
import { ConfigError } from '../core/env.js';

/**
 * @typedef {object} PlatformConfig
 * @property {string} token the bot's token from BotFather; a secret: never log it
 * @property {string} apiRoot the Bot API server, without a trailing slash
 * @property {string} webhookSecret what Telegram sends in X-Telegram-Bot-Api-Secret-Token; a secret
 * @property {URL | undefined} webhookUrl the public URL to register with setWebhook at start, if any
 */

/** What Telegram accepts as a webhook's secret token. */
const SECRET_TOKEN = /^[A-Za-z0-9_-]{1,256}$/;

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
  const webhookSecret = env.required('TELEGRAM_WEBHOOK_SECRET', '1-256 letters, digits, _ or - of your choosing');
  if (!SECRET_TOKEN.test(webhookSecret)) {
    // A secret: the message names the rule, never the value.
    throw new ConfigError('Invalid TELEGRAM_WEBHOOK_SECRET: use 1-256 letters, digits, _ or -.');
  }
  const webhookUrl = env.string('TELEGRAM_WEBHOOK_URL', '');
  if (webhookUrl !== '' && !(URL.canParse(webhookUrl) && new URL(webhookUrl).protocol === 'https:')) {
    throw new ConfigError(`Invalid TELEGRAM_WEBHOOK_URL: expected an https URL (got "${webhookUrl}").`);
  }
  return { token, apiRoot, webhookSecret, webhookUrl: webhookUrl === '' ? undefined : new URL(webhookUrl) };
}
