// @ts-check
import { t } from './i18n.js';

/**
 * Who may use the bot. An empty allow-list lets everyone in, so a new bot works before it is configured; admins
 * are always allowed, and keep their role either way.
 * @typedef {object} AuthConfig
 * @property {ReadonlySet<string>} allowed user ids from ALLOWED_USERS; empty means everyone
 * @property {ReadonlySet<string>} admins user ids from ADMIN_USERS
 */

/** @typedef {'admin' | 'user'} Role */

/**
 * What the checks read: the project's configuration (`runtime.config`) or anything with its `auth` part.
 * @typedef {object} WithAuth
 * @property {AuthConfig} auth
 */

/**
 * Reads ALLOWED_USERS and ADMIN_USERS: comma-separated user ids with their channel (`terminal:local`,
 * `webhook:ops`), spaces around them ignored. An id names one user of one channel only: `webhook:local` is not the
 * terminal's `terminal:local`.
 * @param {import('./env.js').EnvReader} env
 * @returns {AuthConfig}
 */
export function readConfig(env) {
  return { allowed: idList(env.string('ALLOWED_USERS', '')), admins: idList(env.string('ADMIN_USERS', '')) };
}

/**
 * Whether the user may use the bot at all.
 * @param {WithAuth} config the project's configuration
 * @param {string} userId
 */
export function isAllowed({ auth }, userId) {
  return auth.allowed.size === 0 || auth.allowed.has(userId) || auth.admins.has(userId);
}

/**
 * Whether the user has the admin role. For modules with admin-only commands:
 * `if (!isAdmin(config, scope.userId))` refuse the command.
 * @param {WithAuth} config the project's configuration
 * @param {string} userId
 */
export function isAdmin({ auth }, userId) {
  return auth.admins.has(userId);
}

/**
 * @param {WithAuth} config
 * @param {string} userId
 * @returns {Role}
 */
export function roleOf(config, userId) {
  return isAdmin(config, userId) ? 'admin' : 'user';
}

/**
 * Refuses users who are not allowed, before commands run and before anything is stored, and adds /whoami.
 * @param {import('./runtime.js').Runtime} runtime
 */
export function install({ config, chat, commands, logger }) {
  if (config.auth.allowed.size === 0) logger.info('ALLOWED_USERS is empty: everyone may use the bot');
  commands.setAdminCheck((userId) => isAdmin(config, userId));
  chat.addGuard(({ userId }) => {
    if (isAllowed(config, userId)) return undefined;
    logger.info({ userId }, 'refused a user who is not allowed');
    return [t('auth.denied', { user: userId })];
  });
  commands.register({
    name: 'whoami',
    description: () => t('auth.whoami.description'),
    run: ({ scope }) =>
      roleOf(config, scope.userId) === 'admin'
        ? t('auth.whoami.admin', { user: scope.userId })
        : t('auth.whoami.user', { user: scope.userId }),
  });
}

/**
 * @param {string} value e.g. "alice, bob"
 * @returns {ReadonlySet<string>}
 */
function idList(value) {
  return new Set(
    value
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== ''),
  );
}
