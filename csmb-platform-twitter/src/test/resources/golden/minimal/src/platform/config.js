// @ts-check

/**
 * @typedef {object} PlatformConfig
 * @property {string} appKey OAuth 1.0a consumer key of the app
 * @property {string} appSecret
 * @property {string} accessToken OAuth 1.0a user token of the bot account: posting replies needs user context
 * @property {string} accessSecret
 * @property {number} pollIntervalMs time between two polls
 */

/**
 * Reads the Twitter/X variables. The four keys and tokens are secrets: `required` never repeats a value.
 * @param {import('../core/env.js').EnvReader} env
 * @returns {PlatformConfig}
 */
export function readPlatformConfig(env) {
  const where = 'X developer portal > your app > Keys and tokens';
  return {
    appKey: env.required('TWITTER_API_KEY', `the API Key of your app (${where})`),
    appSecret: env.required('TWITTER_API_SECRET', `the API Key Secret of your app (${where})`),
    accessToken: env.required('TWITTER_ACCESS_TOKEN', `the bot account's Access Token (${where})`),
    accessSecret: env.required('TWITTER_ACCESS_SECRET', `the bot account's Access Token Secret (${where})`),
    // X counts every request against the plan; polling faster than every 15 s only spends quota.
    pollIntervalMs: env.integer('TWITTER_POLL_SECONDS', { fallback: 300, min: 15, max: 86400 }) * 1000,
  };
}
