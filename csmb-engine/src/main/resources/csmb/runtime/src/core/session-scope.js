// @ts-check

/** @typedef {'user' | 'channel'} SessionScope */

/** The user id of sessions that everyone in a channel shares. */
export const EVERYONE = '*';

/** @type {readonly SessionScope[]} */
const SCOPES = ['user', 'channel'];

/**
 * Reads SESSION_SCOPE: `user` (each user has their own sessions in each channel) or `channel` (everyone in a
 * channel shares the channel's sessions, like a group conversation with the bot).
 * @param {import('./env.js').EnvReader} env
 */
export function readConfig(env) {
  return { scope: env.oneOf('SESSION_SCOPE', SCOPES, 'user') };
}

/**
 * With SESSION_SCOPE=channel, points every user's session calls at the channel's shared sessions. Guards and
 * commands still see who wrote, so allow-lists and admin checks keep working per user.
 * @param {import('./runtime.js').Runtime} runtime
 */
export function install({ config, sessions }) {
  if (config.sessionScope.scope === 'channel') {
    sessions.setScopeKey(({ channelId }) => ({ userId: EVERYONE, channelId }));
  }
}
