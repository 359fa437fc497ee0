// @ts-check
import { Client, Events, GatewayIntentBits, MessageFlags, Partials } from 'discord.js';
import { createInFlight } from '../core/in-flight.js';
import { splitMessage } from './split.js';

/** The channel name the core keeps Discord users and channels under: `discord:<user id>`, `discord:<channel id>`. */
export const CHANNEL = 'discord';

/**
 * Only the gateway intents this bot needs. Slash commands arrive without any intent; Guilds keeps the servers'
 * channels (and threads) in the cache; GuildMessages and DirectMessages deliver plain messages.
 * No MessageContent: the bot answers DMs and messages that mention it, whose text Discord sends without that
 * privileged intent.
 */
export const INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
];

/**
 * Every gateway session of the bot receives each message, so instances sharing one token would all answer it: the
 * one that claims the message id in the store answers. An hour outlasts the replay a resumed session gets of the
 * events it missed.
 */
const MESSAGE_CLAIM_MS = 60 * 60_000;

/**
 * @typedef {object} Adapter
 * @property {() => Promise<void>} start logs in and begins handing messages to chat.handle
 * @property {() => Promise<void>} stop disconnects and waits for the replies in flight
 */

/**
 * Connects the chat core to Discord. Slash commands (registered by `npm run register`) run the core's commands and
 * are answered privately (ephemeral); plain messages are answered as replies:
 * DMs and messages that mention the bot.
 * Every interaction is deferred first, so a reply that takes longer than Discord's 3 seconds (a model, a slow store)
 * still arrives.
 * @param {object} deps
 * @param {import('../config.js').Config} deps.config
 * @param {import('../core/chat.js').Chat} deps.chat
 * @param {import('../core/commands.js').CommandRouter} deps.commands
 * @param {import('../core/logger.js').Logger} deps.logger
 * @param {import('../core/runtime.js').Runtime} deps.runtime the running core: store (message claims), sessions
 * @param {() => void} deps.onEnd called when Discord closes the connection for good (a bad token, a missing intent)
 * @param {string} [deps.api] the REST API's base URL (tests point it at a local fake); Discord's by default
 * @returns {Adapter}
 */
export function createAdapter({ config, chat, logger, runtime, onEnd, api }) {
  const client = new Client({
    intents: INTENTS,
    // DM channels are not in the cache before their first message; without this partial their messages are dropped.
    partials: [Partials.Channel],
    // Replies quote what users wrote: they must never ping @everyone, a role or a user.
    allowedMentions: { parse: [], repliedUser: false },
    // discord.js queues requests per rate-limit bucket and retries 5xx answers and network errors itself.
    rest: api === undefined ? {} : { api },
  });
  // The handlers being answered, so stop() can wait for them; none is started once stopping.
  const inFlight = createInFlight({ logger, what: 'discord message' });
  let stopping = false;

  /** @param {import('discord.js').ChatInputCommandInteraction} interaction */
  async function onCommand(interaction) {
    // Always deferred: Discord drops an interaction not answered within 3 seconds, and the answer may take longer.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const args = interaction.options.getString('args') ?? '';
    const text = `/${interaction.commandName} ${args}`.trim();
    const userId = interaction.user.id;
    const channelId = interaction.channelId;
    const replies = await chat.handle({ channel: CHANNEL, userId, channelId, text });
    const [first = '', ...rest] = replies.flatMap((reply) => splitMessage(reply));
    await interaction.editReply({ content: first });
    for (const content of rest) await interaction.followUp({ content, flags: MessageFlags.Ephemeral });
  }

  /** @param {import('discord.js').Message} message */
  async function onMessage(message) {
    // Other bots (and this one's own replies) are never answered: two bots would answer each other forever.
    if (message.author.bot || !client.user) return;
    const botId = client.user.id;
    // Without MessageContent Discord sends the text of DMs and mentions only; other messages arrive empty.
    if (message.inGuild() && !message.mentions.users.has(botId)) return;
    const text = message.content.replace(new RegExp(`<@!?${botId}>`, 'g'), '').trim();
    if (text === '') return;
    // Interactions need no claim: Discord hands each one to a single session.
    if (!(await runtime.store.claim('discord-messages', message.id, MESSAGE_CLAIM_MS))) {
      logger.debug({ messageId: message.id }, 'discord message taken by another instance');
      return;
    }
    const userId = message.author.id;
    const { channelId } = message;
    const replies = await chat.handle({ channel: CHANNEL, userId, channelId, text });
    for (const content of replies.flatMap((reply) => splitMessage(reply))) await message.reply({ content });
  }

  client.once(Events.ClientReady, (ready) => {
    logger.info({ bot: ready.user.tag, servers: ready.guilds.cache.size }, 'discord ready');
  });
  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isChatInputCommand()) void inFlight.run(() => onCommand(interaction), 'discord command');
  });
  client.on(Events.MessageCreate, (message) => void inFlight.run(() => onMessage(message)));
  // discord.js reconnects by itself; a disconnect it gives up on (a revoked token, a privileged intent that is not
  // enabled: code 4014) ends the program.
  client.on(Events.ShardDisconnect, ({ code }) => {
    if (stopping) return;
    logger.error({ code }, 'Discord closed the connection for good; see the close code in the Discord docs');
    onEnd();
  });
  client.on(Events.Error, (error) => logger.error({ error }, 'discord client error'));

  return {
    async start() {
      const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
      await client.login(config.platform.token);
      await ready;
    },
    async stop() {
      stopping = true;
      await inFlight.close();
      await client.destroy();
    },
  };
}
