// @ts-check

/**
 * @typedef {object} PlatformConfig
 * @property {string} authDir where LocalAuth keeps the linked device's session, and the WhatsApp Web version cache
 * @property {string | undefined} executablePath the Chromium to drive; Puppeteer's default when undefined
 */

/**
 * Reads the whatsapp-web.js variables.
 * @param {import('../core/env.js').EnvReader} env
 * @returns {PlatformConfig}
 */
export function readPlatformConfig(env) {
  return {
    authDir: env.string('WHATSAPP_AUTH_DIR', 'data/whatsapp-auth'),
    executablePath: env.raw('PUPPETEER_EXECUTABLE_PATH'),
  };
}
