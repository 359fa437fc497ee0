// @ts-check
import { App, ExpressReceiver, LogLevel, webApi } from '@slack/bolt';
import { t } from '../core/i18n.js';
import { createInFlight } from '../core/in-flight.js';
import { commandText, conversationOf, escapeText, withoutMention } from './format.js';

/**
 * The channel every Slack message comes through: the core knows a Slack user as `slack:<user id>` (`slack:U0123`)
 * and a conversation as `slack:<channel id>`, so nobody on Slack can be another channel's user or admin.
 */
export const CHANNEL = 'slack';

/** The commands the help message offers as buttons, by action id; a button press runs only one of these. */
const SHORTCUTS = Object.freeze({ 'command:history': '/history', 'command:sessions': '/sessions', 'command:new': '/new' });

/**
 * Slack sends an event again, with the same event_id, when it did not see the acknowledgement in time: up to three
 * times within about five minutes. A claim lasts an hour, well past the last of them.
 */
const EVENT_CLAIM_MS = 60 * 60_000;

/**
 * @typedef {object} Adapter
 * @property {() => Promise<void>} start connects and begins handing messages to chat.handle
 * @property {() => Promise<void>} stop stops receiving and waits for the replies in flight
 */

/**
 * Connects the chat core to Slack with Bolt: mentions of the app in channels, direct messages, the app's slash command
 * and the buttons of its help message. Replies go where the message was written (a thread stays a thread); the slash
 * command answers only the person who typed it.
 * @param {object} deps
 * @param {import('../config.js').Config} deps.config
 * @param {import('../core/chat.js').Chat} deps.chat
 * @param {import('../core/commands.js').CommandRouter} deps.commands
 * @param {import('../core/logger.js').Logger} deps.logger
 * @param {import('../core/runtime.js').Runtime} deps.runtime the running core: its store (event claims) and,
 *   in HTTP mode, `http`
 * @param {() => void} deps.onEnd called when the app cannot go on: Slack refused its tokens at start
 * @returns {Adapter}
 */
export function createAdapter({ config, chat, logger, runtime, onEnd }) {
  const { platform } = config;
  const slackLogger = boltLogger(logger);
  if (!runtime.http) throw new Error('HTTP mode needs the runtime HTTP server (deps.runtime.http)');
  // Bolt's receiver for express mounts POST /slack/events on the bot's one HTTP server: events, the slash command
  // and button presses all arrive there, and it answers 401 to a request without a valid Slack signature.
  const receiver = new ExpressReceiver({
    signingSecret: platform.signingSecret,
    app: runtime.http.app,
    endpoints: '/slack/events',
    logger: slackLogger,
  });
  // Bolt's Web API client retries failed and rate-limited calls itself, honouring Retry-After.
  /** @type {import('@slack/bolt').webApi.WebClientOptions} */
  const clientOptions = { slackApiUrl: platform.apiUrl, retryConfig: webApi.retryPolicies.fiveRetriesInFiveMinutes };
  const app = new App({
    token: platform.botToken,
    receiver,
    logger: slackLogger,
    // start() runs app.init(), which checks the bot token with auth.test, so a refused token is an error there.
    deferInitialization: true,
    clientOptions,
  });

  // A redelivered event (Bolt's context.retryNum, from the x-slack-retry-num header) carries the event_id of the
  // first delivery, which this or another instance on the same store may have handled: the one that claims the id
  // handles the event. Bolt has acknowledged an event before this global middleware runs, so a skipped one is not
  // sent again. Commands and button presses have no event_id and are never redelivered.
  app.use(async ({ body, context, next }) => {
    const eventId = 'event_id' in body && typeof body.event_id === 'string' ? body.event_id : undefined;
    if (eventId !== undefined && !(await runtime.store.claim('slack-events', eventId, EVENT_CLAIM_MS))) {
      logger.debug({ eventId, retryNum: context.retryNum }, 'slack event already handled');
      return;
    }
    await next();
  });

  // The work of requests still being answered, awaited by stop(). Each listener awaits its own work; a failure is
  // logged, never thrown at Bolt.
  const inFlight = createInFlight({ logger, what: 'slack request' });

  /**
   * Hands a message to the core. The ids are Slack's own, from the signed payload; the text cannot change them.
   * @param {string} userId
   * @param {string} channelId
   * @param {string} text
   */
  const converse = (userId, channelId, text) => chat.handle({ channel: CHANNEL, userId, channelId, text });

  // A mention in a channel: the answer goes to the same place, in the thread when the mention was in one.
  app.event('app_mention', async ({ event, say, context }) => {
    const { user } = event;
    const text = withoutMention(event.text, context.botUserId);
    if (!user || text === '') return;
    await inFlight.run(async () => {
      const replies = await converse(user, conversationOf(event), text);
      for (const reply of replies) await say({ text: escapeText(reply), thread_ts: event.thread_ts });
    }, 'slack mention');
  });

  // A direct message to the app. Edits, deletions and other subtypes are not new messages and are left alone.
  app.message(async ({ message, say }) => {
    if (message.subtype !== undefined || message.channel_type !== 'im') return;
    const { user, text = '' } = message;
    // A message with only a file or a shared post has no text to answer.
    if (text.trim() === '') return;
    await inFlight.run(async () => {
      const replies = await converse(user, conversationOf(message), text);
      for (const reply of replies) await say({ text: escapeText(reply), thread_ts: message.thread_ts });
    }, 'slack direct message');
  });

  // The app's slash command (its name is in manifest.json): `/<command> history` runs /history. Slack wants the
  // acknowledgement within 3 seconds, so ack() comes first and the answer follows through respond().
  app.command(/^\/.+/, async ({ command, ack, respond }) => {
    await ack();
    await inFlight.run(async () => {
      const text = commandText(command.text);
      const answer = escapeText((await converse(command.user_id, command.channel_id, text)).join('\n'));
      await respond(text === '/help' ? helpMessage(answer) : { response_type: 'ephemeral', text: answer });
    }, 'slack command');
  });

  // A button of the help message: runs its command as the person who pressed it, answering only them.
  app.action({ type: 'block_actions', action_id: /^command:/ }, async ({ action, body, ack, respond }) => {
    await ack();
    const command = Object.entries(SHORTCUTS).find(([id]) => id === action.action_id)?.[1];
    const channel = body.channel?.id;
    if (!command || !channel) return;
    await inFlight.run(async () => {
      const answer = escapeText((await converse(body.user.id, channel, command)).join('\n'));
      await respond({ response_type: 'ephemeral', replace_original: false, text: answer });
    }, 'slack button');
  });

  app.error(async (error) => {
    logger.error({ error }, 'slack listener failed');
  });

  return {
    async start() {
      try {
        await app.init();
        logger.info('slack app ready; Slack posts to /slack/events');
      } catch (error) {
        // A revoked or mistyped token: one line naming the variables, then the program ends with exit code 1.
        console.error(`Slack refused to connect (${reasonOf(error)}): check SLACK_BOT_TOKEN.`);
        process.exitCode = 1;
        onEnd();
      }
    },
    async stop() {
      await inFlight.close();
    },
  };
}

/**
 * The message of the help command: the help text and buttons for the commands used most.
 * @param {string} text already escaped
 * @returns {import('@slack/bolt').RespondArguments}
 */
function helpMessage(text) {
  return {
    response_type: 'ephemeral',
    text,
    blocks: [
      // A section holds at most 3,000 characters; the full text stays in `text`.
      { type: 'section', text: { type: 'mrkdwn', text: text.slice(0, 3000) } },
      {
        type: 'actions',
        elements: [
          button('command:history', t('platform.button.history')),
          button('command:sessions', t('platform.button.sessions')),
          button('command:new', t('platform.button.new')),
        ],
      },
    ],
  };
}

/**
 * @param {keyof typeof SHORTCUTS} actionId
 * @param {string} label
 * @returns {import('@slack/bolt').types.Button}
 */
function button(actionId, label) {
  return { type: 'button', action_id: actionId, text: { type: 'plain_text', text: label } };
}

/**
 * What Slack said when it refused a call (`invalid_auth`), or the error itself.
 * @param {unknown} error
 * @returns {string}
 */
function reasonOf(error) {
  const data = error && typeof error === 'object' && 'data' in error ? error.data : undefined;
  const code = data && typeof data === 'object' && 'error' in data ? data.error : undefined;
  return typeof code === 'string' ? code : String(error);
}

/**
 * Bolt's logger, writing into the bot's pino logger so Bolt's lines are JSON like every other.
 * @param {import('../core/logger.js').Logger} logger
 * @returns {import('@slack/bolt').Logger}
 */
function boltLogger(logger) {
  const log = logger.child({ component: 'bolt' });
  /** @param {unknown[]} parts */
  const line = (parts) => parts.map((part) => (typeof part === 'string' ? part : String(part))).join(' ');
  return {
    debug: (...parts) => log.debug(line(parts)),
    info: (...parts) => log.info(line(parts)),
    warn: (...parts) => log.warn(line(parts)),
    error: (...parts) => log.error(line(parts)),
    // The level is LOG_LEVEL's; Bolt asking for another one changes nothing.
    setLevel: () => {},
    getLevel: () => (log.level === 'debug' ? LogLevel.DEBUG : log.level === 'info' ? LogLevel.INFO : log.level === 'warn' ? LogLevel.WARN : LogLevel.ERROR),
    setName: () => {},
  };
}
