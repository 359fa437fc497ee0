// @ts-check
import { ChannelType, Client, Events, GatewayIntentBits, MessageFlags, Partials } from 'discord.js';
import { SessionError } from '../core/sessions.js';
import { t } from '../core/i18n.js';
import { createInFlight } from '../core/in-flight.js';
import { splitMessage } from './split.js';

/** The channel name the core keeps Discord users and channels under: `discord:<user id>`, `discord:<channel id>`. */
export const CHANNEL = 'discord';

/**
 * Only the gateway intents this bot needs. Slash commands arrive without any intent; Guilds keeps the servers'
 * channels (and threads) in the cache; GuildMessages and DirectMessages deliver plain messages.
 * MessageContent is privileged: enable it under Bot > Privileged Gateway Intents, or Discord closes the connection
 * (code 4014). Without it a bot sees the text of DMs and of messages that mention it only.
 */
export const INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
  GatewayIntentBits.MessageContent,
];

/**
 * Every gateway session of the bot receives each message, so instances sharing one token would all answer it: the
 * one that claims the message id in the store answers. An hour outlasts the replay a resumed session gets of the
 * events it missed.
 */
const MESSAGE_CLAIM_MS = 60 * 60_000;

/** The store settings namespace mapping a branch's thread id to the conversation it continues. */
const THREADS = 'discord/threads';

/**
 * @typedef {object} Adapter
 * @property {() => Promise<void>} start logs in and begins handing messages to chat.handle
 * @property {() => Promise<void>} stop disconnects and waits for the replies in flight
 */

/**
 * Connects the chat core to Discord. Slash commands (registered by `npm run register`) run the core's commands and
 * are answered privately (ephemeral); plain messages are answered as replies:
 * every message the bot can read.
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

  /**
   * The conversation a channel belongs to. A thread the bot opened for a branch continues its parent channel's
   * conversation on that branch (switched to when the user's scope is elsewhere); any other thread is a channel of
   * its own.
   * @param {import('discord.js').Channel | null} channel
   * @param {string} channelId
   * @param {string} userId
   * @returns {Promise<string>} the channel id to hand to the core
   */
  async function conversationOf(channel, channelId, userId) {
    if (!channel?.isThread() || !channel.parentId) return channelId;
    const saved = await runtime.store.getSetting(THREADS, channel.id);
    if (saved === undefined) return channelId;
    const { sessionId } = JSON.parse(saved);
    const scope = { userId: `${CHANNEL}:${userId}`, channelId: `${CHANNEL}:${channel.parentId}` };
    const { session } = await runtime.sessions.current(scope);
    if (session?.id !== sessionId) {
      try {
        await runtime.sessions.resume(scope, sessionId);
      } catch (error) {
        // Someone else's branch (or an archived one): the thread is a conversation of its own for this user.
        if (error instanceof SessionError) return channelId;
        throw error;
      }
    }
    return channel.parentId;
  }

  /**
   * After `/branch <name>` forked the session, opens a thread named after the branch, where the branch continues.
   * @param {import('discord.js').ChatInputCommandInteraction} interaction
   * @param {string} channelId the conversation the command ran in
   * @param {string | undefined} before the scope's active session id before the command
   */
  async function openBranchThread(interaction, channelId, before) {
    const { channel } = interaction;
    if (channel?.type !== ChannelType.GuildText) return;
    const scope = { userId: `${CHANNEL}:${interaction.user.id}`, channelId: `${CHANNEL}:${channelId}` };
    const { session } = await runtime.sessions.current(scope);
    if (!session || session.id === before) return; // the command refused: nothing was forked
    const name = interaction.options.getString('args') ?? session.id;
    const thread = await channel.threads.create({ name, reason: `Branch ${name} of a chat session` });
    await runtime.store.setSetting(THREADS, thread.id, JSON.stringify({ sessionId: session.id }));
    await thread.send(t('platform.thread.started', { name, user: interaction.user.toString() }));
  }

  /** @param {import('discord.js').ChatInputCommandInteraction} interaction */
  async function onCommand(interaction) {
    // Always deferred: Discord drops an interaction not answered within 3 seconds, and the answer may take longer.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const args = interaction.options.getString('args') ?? '';
    const text = `/${interaction.commandName} ${args}`.trim();
    const userId = interaction.user.id;
    const channelId = await conversationOf(interaction.channel, interaction.channelId, userId);
    const branching = interaction.commandName === 'branch';
    const before = branching
      ? (await runtime.sessions.current({ userId: `${CHANNEL}:${userId}`, channelId: `${CHANNEL}:${channelId}` }))
          .session?.id
      : undefined;
    const replies = await chat.handle({ channel: CHANNEL, userId, channelId, text });
    const [first = '', ...rest] = replies.flatMap((reply) => splitMessage(reply));
    await interaction.editReply({ content: first });
    for (const content of rest) await interaction.followUp({ content, flags: MessageFlags.Ephemeral });
    if (branching) await openBranchThread(interaction, channelId, before);
  }

  /** @param {import('discord.js').Message} message */
  async function onMessage(message) {
    // Other bots (and this one's own replies) are never answered: two bots would answer each other forever.
    if (message.author.bot || !client.user) return;
    const botId = client.user.id;
    const text = message.content.replace(new RegExp(`<@!?${botId}>`, 'g'), '').trim();
    if (text === '') return;
    // Interactions need no claim: Discord hands each one to a single session.
    if (!(await runtime.store.claim('discord-messages', message.id, MESSAGE_CLAIM_MS))) {
      logger.debug({ messageId: message.id }, 'discord message taken by another instance');
      return;
    }
    const userId = message.author.id;
    const channelId = await conversationOf(message.channel, message.channelId, userId);
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
