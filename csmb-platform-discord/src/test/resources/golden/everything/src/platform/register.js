// @ts-check
// `npm run register`: tells Discord which slash commands the bot has. Run it once after setup and again whenever
// the commands change (a new feature, a command an admin added with /addcommand).
import { pathToFileURL } from 'node:url';
import { REST, Routes, SlashCommandBuilder } from 'discord.js';
import { loadConfigAtStart } from '../config.js';
import { t } from '../core/i18n.js';
import { createLogger } from '../core/logger.js';
import { createRuntime } from '../core/runtime.js';
import { openStore } from '../core/stores/index.js';
import { reply } from '../reply.js';

/** Discord's limit on a command's and an option's description. */
const MAX_DESCRIPTION = 100;

/**
 * The slash command for each of the core's commands: its name, its /help description and, when it takes
 * arguments, one text option `args` (required when its help shows `<…>`, optional for `[…]`).
 * @param {import('../core/commands.js').Command[]} commands
 * @returns {import('discord.js').RESTPostAPIChatInputApplicationCommandsJSONBody[]}
 */
export function slashCommands(commands) {
  return commands.map((command) => {
    const description = typeof command.description === 'function' ? command.description() : command.description;
    const builder = new SlashCommandBuilder()
      .setName(command.name)
      .setDescription(description.slice(0, MAX_DESCRIPTION));
    const { args } = command;
    if (args) {
      builder.addStringOption((option) =>
        option.setName('args').setDescription(args.slice(0, MAX_DESCRIPTION)).setRequired(args.startsWith('<')),
      );
    }
    return builder.toJSON();
  });
}

/**
 * Replaces the application's slash commands with `body`: in one server when `guildId` is set (at once, handy while
 * developing), else globally (Discord may take up to an hour to show changes everywhere).
 * @param {object} options
 * @param {REST} options.rest with the bot's token set
 * @param {import('./config.js').PlatformConfig} options.platform
 * @param {import('discord.js').RESTPostAPIChatInputApplicationCommandsJSONBody[]} options.body
 * @returns {Promise<string>} what was done, for the person who ran it
 */
export async function registerCommands({ rest, platform, body }) {
  const { clientId, guildId } = platform;
  if (guildId) {
    await rest.put(Routes.applicationGuildCommands(clientId, guildId), { body });
    return t('platform.register.guild', { count: body.length, guild: guildId });
  }
  await rest.put(Routes.applicationCommands(clientId), { body });
  return t('platform.register.global', { count: body.length });
}

async function main() {
  const config = loadConfigAtStart();
  // The commands are the running bot's: the same modules on the same store, so admin-added commands are included.
  const logger = createLogger({ level: config.logLevel });
  const store = await openStore(config.store);
  const runtime = await createRuntime({ config, store, logger, reply });
  try {
    const rest = new REST().setToken(config.platform.token);
    console.log(await registerCommands({ rest, platform: config.platform, body: slashCommands(runtime.commands.list()) }));
  } finally {
    await runtime.stop();
    await store.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
