// @ts-check

/**
 * @typedef {object} PlatformConfig
 * @property {string} accessToken sent only as the Graph API's bearer token; never logged
 * @property {string} appSecret the key of the webhook's X-Hub-Signature-256; never logged
 * @property {string} verifyToken what Meta must present when it verifies the webhook; never logged
 * @property {string} phoneNumberId the business number the bot answers from; payloads for other numbers are ignored
 * @property {string} graphApiUrl the Graph API base, version included, without a trailing slash
 */

/**
 * Reads the WhatsApp Cloud API variables.
 * @param {import('../core/env.js').EnvReader} env
 * @returns {PlatformConfig}
 */
export function readPlatformConfig(env) {
  const graphApiUrl = env.baseUrl('WHATSAPP_GRAPH_API_URL', 'https://graph.facebook.com/v26.0');
  return {
    accessToken: env.required(
      'WHATSAPP_ACCESS_TOKEN',
      "a system user's access token with whatsapp_business_messaging (business.facebook.com > Settings > System users)",
    ),
    appSecret: env.required(
      'WHATSAPP_APP_SECRET',
      "your Meta app's App secret (developers.facebook.com > your app > App settings > Basic)",
    ),
    verifyToken: env.required(
      'WHATSAPP_VERIFY_TOKEN',
      "a random string of yours, entered as the webhook's Verify token (your app > WhatsApp > Configuration)",
    ),
    phoneNumberId: env.required(
      'WHATSAPP_PHONE_NUMBER_ID',
      "the sending number's Phone number ID (developers.facebook.com > your app > WhatsApp > API Setup)",
    ),
    graphApiUrl,
  };
}
