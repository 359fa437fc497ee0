// @ts-check

/**
 * @typedef {object} PlatformConfig
 * @property {string} userId who is chatting; sessions are kept per user
 */

/**
 * Reads the fixture platform's own variables.
 * @param {import('../core/env.js').EnvReader} env
 * @returns {PlatformConfig}
 */
export function readPlatformConfig(env) {
  return {
    userId: env.string('FIXTURE_USER', 'tester'),
  };
}
