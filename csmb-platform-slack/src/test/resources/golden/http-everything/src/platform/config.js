// @ts-check

/**
 * @typedef {object} PlatformConfig
 * @property {string} botToken the bot token (xoxb-…) the app posts with
 * @property {string} signingSecret proves that a request comes from Slack
 * @property {string} apiUrl the Web API's base URL, ending with a slash
 */

/**
 * Reads the Slack app's own variables. The secrets are read with `required`, which never repeats a value.
 * @param {import('../core/env.js').EnvReader} env
 * @returns {PlatformConfig}
 */
export function readPlatformConfig(env) {
  return {
    botToken: env.required('SLACK_BOT_TOKEN', 'the Bot User OAuth Token (xoxb-…) from api.slack.com/apps → your app → OAuth & Permissions'),
    signingSecret: env.required('SLACK_SIGNING_SECRET', 'the Signing Secret from api.slack.com/apps → your app → Basic Information'),
    apiUrl: env.string('SLACK_API_URL', 'https://slack.com/api/'),
  };
}
