// @ts-check

/**
 * @typedef {object} PlatformConfig
 * @property {string} userId the user a plain-text line is sent as; JSON lines name their own
 */

/**
 * Reads the pipe's own variables.
 * @param {import('../core/env.js').EnvReader} env
 * @returns {PlatformConfig}
 */
export function readPlatformConfig(env) {
  return {
    userId: env.string('PIPE_USER', 'pipe'),
  };
}
