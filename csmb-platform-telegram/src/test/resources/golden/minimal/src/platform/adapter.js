// @ts-check
import { autoRetry } from '@grammyjs/auto-retry';
import { Bot, GrammyError } from 'grammy';
import { t } from '../core/i18n.js';

/** The channel of every Telegram message: users and chats are `telegram:<id>` to the core (see src/core/chat.js). */
export const CHANNEL = 'telegram';
/** The updates the bot handles; Telegram sends no others, so none are fetched for nothing. */
const ALLOWED_UPDATES = /** @type {const} */ (['message']);
/** Telegram's limit on the text of one message; longer replies are sent in parts. */
export const MAX_TEXT_LENGTH = 4096;
const BOT_NAME = "My Telegram Bot";
/** What Telegram accepts as a command in the menu (setMyCommands). */
const MENU_NAME = /^[a-z0-9_]{1,32}$/;

/**
 * A Telegram user or chat, as far as the core needs it.
 * @typedef {object} HasId
 * @property {number} id
 */

/**
 * @typedef {object} Adapter
 * @property {() => Promise<void>} start connects and begins handing messages to chat.handle
 * @property {() => Promise<void>} stop stops receiving and waits for the replies in flight
 */

/**
 * Connects the chat core to Telegram through grammY: text messages and commands go to the core, its replies go back
 * to the chat they came from. The session commands and /start are registered with setMyCommands, so Telegram shows
 * them in the menu. Failed API calls are retried by grammY's auto-retry plugin, which also waits out flood limits
 * (429 with retry_after), as grammY recommends.
 * @param {object} deps
 * @param {import('../config.js').Config} deps.config
 * @param {import('../core/chat.js').Chat} deps.chat
 * @param {import('../core/commands.js').CommandRouter} deps.commands register platform-only commands here
 * @param {import('../core/logger.js').Logger} deps.logger
 * @param {import('../core/runtime.js').Runtime} deps.runtime the running core: its store
 * @param {() => void} deps.onEnd called when the bot stops by itself (Telegram refused the token)
 * @returns {Adapter}
 */
export function createAdapter({ config, chat, commands, logger, runtime, onEnd }) {
  const { token, apiRoot } = config.platform;
  const bot = new Bot(token, { client: { apiRoot } });
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 }));

  commands.register({
    name: 'start',
    description: () => t('platform.start.description'),
    run: () => t('platform.start.welcome', { name: BOT_NAME }),
  });

  /**
   * Sends one reply, in parts when it is longer than Telegram allows.
   * @param {number} chatId
   * @param {string} text
   */
  async function send(chatId, text) {
    for (let at = 0; at < text.length; at += MAX_TEXT_LENGTH) {
      // Plain text, no parse_mode: what users and the model write is never read as markup.
      await bot.api.sendMessage(chatId, text.slice(at, at + MAX_TEXT_LENGTH));
    }
  }

  /**
   * Hands a text to the core as the Telegram user who sent it and returns the replies. The ids come from Telegram's
   * update, never from the text.
   * @param {HasId} from
   * @param {HasId} where the chat
   * @param {string} text
   */
  function handle(from, where, text) {
    return chat.handle({ channel: CHANNEL, userId: String(from.id), channelId: String(where.id), text });
  }

  bot.on('message:text', async (ctx) => {
    const text = withoutBotName(ctx.msg.text, ctx.me.username);
    const replies = await handle(ctx.from, ctx.chat, text);
    for (const reply of replies) await send(ctx.chat.id, reply);
  });

  // A handler that fails (Telegram refused a reply, say) is logged; the bot goes on with the next update.
  bot.catch(({ error, ctx }) => {
    logger.error({ error: describe(error), updateId: ctx.update.update_id }, 'telegram update failed');
  });

  /** Lists the commands Telegram users may run in the bot's menu, in every language the bot speaks. */
  async function registerCommands() {
    const menu = () =>
      commands
        .list()
        // Commands limited to other channels (the terminal) or to admins are left out of everyone's menu.
        .filter(({ access }) => !access || (access.channels?.includes(CHANNEL) ?? false))
        // Telegram's menu takes 1-32 lower-case letters, digits and _; an added /my-command is typed, not listed.
        .filter(({ name }) => MENU_NAME.test(name))
        .map(({ name, description }) => ({
          command: name,
          description: (typeof description === 'function' ? description() : description).slice(0, 256),
        }));
    await bot.api.setMyCommands(menu());
  }

  /**
   * Checks the token with getMe and lists the commands; a token Telegram refuses ends the program with one line.
   * @returns {Promise<boolean>} whether the bot may go on
   */
  async function init() {
    try {
      await bot.init();
    } catch (error) {
      if (!(error instanceof GrammyError && error.error_code === 401)) throw error;
      console.error('Telegram refused TELEGRAM_BOT_TOKEN (401 Unauthorized): copy the token from @BotFather again.');
      process.exitCode = 1;
      onEnd();
      return false;
    }
    await registerCommands();
    return true;
  }

  /** @type {Promise<void> | undefined} resolves once polling stopped and the last update's handler finished */
  let polling;

  return {
    async start() {
      if (!(await init())) return;
      polling = bot
        .start({
          allowed_updates: ALLOWED_UPDATES,
          onStart: (me) => logger.info({ bot: me.username }, 'telegram bot receiving updates by long polling'),
        })
        .catch((error) => {
          // Only 401 (token revoked) and 409 (another instance polls with this token) end polling.
          logger.error({ error: describe(error) }, 'telegram polling stopped');
          process.exitCode = 1;
          onEnd();
        });
    },
    async stop() {
      if (bot.isRunning()) await bot.stop();
      await polling;
    },
  };
}

/**
 * A command addressed to this bot in a group ("/help@my_bot") as the core knows it ("/help").
 * @param {string} text
 * @param {string} username the bot's username
 */
export function withoutBotName(text, username) {
  const match = /^(\/\w+)@(\w+)/.exec(text);
  return match && match[2].toLowerCase() === username.toLowerCase() ? match[1] + text.slice(match[0].length) : text;
}

/**
 * What is safe to log about a failed call: grammY's errors carry the method and Telegram's description, never the
 * token; anything else its name and message.
 * @param {unknown} error
 */
function describe(error) {
  if (error instanceof GrammyError) return { method: error.method, code: error.error_code, description: error.description };
  return error instanceof Error ? { name: error.name, message: error.message } : { message: String(error) };
}
