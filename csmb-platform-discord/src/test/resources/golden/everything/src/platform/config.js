// @ts-check

/**
 * @typedef {object} PlatformConfig
 * @property {string} token the bot's token; never logged
 * @property {string} clientId the application id, for registering slash commands
 * @property {string} guildId a server to register the commands in, or '' to register them globally
 */

/**
 * Reads the Discord bot's own variables.
 * @param {import('../core/env.js').EnvReader} env
 * @returns {PlatformConfig}
 */
export function readPlatformConfig(env) {
  return {
    token: env.required(
      'DISCORD_TOKEN',
      'the bot token from https://discord.com/developers/applications > your application > Bot > Reset Token',
    ),
    clientId: env.required(
      'DISCORD_CLIENT_ID',
      'the application id from https://discord.com/developers/applications > your application > General Information',
    ),
    guildId: env.string('DISCORD_GUILD_ID', ''),
  };
}
