// @ts-check
import { autoRetry } from '@grammyjs/auto-retry';
import express from 'express';
import { Bot, BotError, GrammyError, InlineKeyboard, webhookCallback } from 'grammy';
import { createFileReceiver } from './files.js';
import { locales, t, withLocale } from '../core/i18n.js';

/** The channel of every Telegram message: users and chats are `telegram:<id>` to the core (see src/core/chat.js). */
export const CHANNEL = 'telegram';
/** Where Telegram posts updates on the bot's HTTP server; TELEGRAM_WEBHOOK_URL must reach this path. */
export const WEBHOOK_PATH = '/telegram/webhook';
/** The updates the bot handles; Telegram sends no others, so none are fetched for nothing. */
const ALLOWED_UPDATES = /** @type {const} */ (['message', 'callback_query']);
/** Telegram's limit on the text of one message; longer replies are sent in parts. */
export const MAX_TEXT_LENGTH = 4096;
const BOT_NAME = "My Telegram Bot";
/** What Telegram accepts as a command in the menu (setMyCommands). */
const MENU_NAME = /^[a-z0-9_]{1,32}$/;
/** The store settings namespace where /language keeps each user's choice (src/core/multi-language.js). */
const CHOSEN_LOCALE = 'locale';
/** How many users' Telegram language the adapter remembers; the oldest is forgotten first. */
const REMEMBERED_LANGUAGES = 10_000;

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
 * @param {import('../core/runtime.js').Runtime} deps.runtime the running core: its store and HTTP server
 * @param {() => void} deps.onEnd called when the bot stops by itself (Telegram refused the token)
 * @returns {Adapter}
 */
export function createAdapter({ config, chat, commands, logger, runtime, onEnd }) {
  const { token, apiRoot } = config.platform;
  const bot = new Bot(token, { client: { apiRoot } });
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 }));
  const receiveFile = createFileReceiver({ config, sessions: runtime.sessions, logger });

  commands.register({
    name: 'start',
    description: () => t('platform.start.description'),
    run: () => t('platform.start.welcome', { name: BOT_NAME }),
  });

  /** @type {Map<string, string>} the locale Telegram last reported for each user, by core user id */
  const telegramLocales = new Map();

  /**
   * A user's /language choice wins; else the language of their Telegram app, when the bot speaks it; else the default.
   * @param {import('../core/types.js').Scope} scope
   */
  const localeOf = async ({ userId }) =>
    (await runtime.store.getSetting(CHOSEN_LOCALE, userId)) ?? telegramLocales.get(userId) ?? config.multiLanguage.defaultLocale;
  chat.setLocaleResolver(localeOf);

  /**
   * Remembers the language of the user's Telegram app ("de", "pt-br") when the bot has a catalog for it.
   * @param {import('grammy').Context} ctx
   */
  function rememberLanguage(ctx) {
    const code = ctx.from?.language_code?.toLowerCase().split('-')[0];
    const locale = locales().find((candidate) => candidate === code);
    if (!ctx.from || locale === undefined) return;
    const userId = `${CHANNEL}:${ctx.from.id}`;
    telegramLocales.delete(userId);
    telegramLocales.set(userId, locale);
    if (telegramLocales.size > REMEMBERED_LANGUAGES) telegramLocales.delete(telegramLocales.keys().next().value ?? '');
  }

  bot.use((ctx, next) => {
    rememberLanguage(ctx);
    return next();
  });

  /**
   * Sends one reply, in parts when it is longer than Telegram allows.
   * @param {number} chatId
   * @param {string} text
   * @param {InlineKeyboard} [keyboard] under the last part
   */
  async function send(chatId, text, keyboard) {
    for (let at = 0; at < text.length; at += MAX_TEXT_LENGTH) {
      const last = at + MAX_TEXT_LENGTH >= text.length;
      // Plain text, no parse_mode: what users and the model write is never read as markup.
      await bot.api.sendMessage(chatId, text.slice(at, at + MAX_TEXT_LENGTH), last && keyboard ? { reply_markup: keyboard } : {});
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
    const keyboard = /^\/(branch|branches|switch)\b/i.test(text) ? await branchKeyboard(ctx.from, ctx.chat) : undefined;
    for (const [index, reply] of replies.entries()) {
      await send(ctx.chat.id, reply, index === replies.length - 1 ? keyboard : undefined);
    }
  });

  bot.on(['message:document', 'message:photo'], async (ctx) => {
    // A file is no text for chat.handle, but the core's guards (allow-list, rate limit) see it before any download.
    const refusal = await chat.admit({ channel: CHANNEL, userId: String(ctx.from.id), channelId: String(ctx.chat.id), text: '' });
    if (refusal) {
      for (const reply of refusal) await send(ctx.chat.id, reply);
      return;
    }
    // The core's scope for this user and chat, with the channel prefix chat.handle would give it.
    const scope = { userId: `${CHANNEL}:${ctx.from.id}`, channelId: `${CHANNEL}:${ctx.chat.id}` };
    const reply = await withLocale(await localeOf(scope), () => receiveFile(ctx, scope));
    await send(ctx.chat.id, reply);
  });

  /**
   * One button per branch of the user's sessions in this chat; pressing one switches to it (a callback query).
   * @param {HasId} from
   * @param {HasId} where
   * @returns {Promise<InlineKeyboard | undefined>}
   */
  async function branchKeyboard(from, where) {
    // The namespace src/core/conversation-branching.js keeps the scope's branches in.
    const namespace = `branches/${encodeURIComponent(`${CHANNEL}:${from.id}`)}/${encodeURIComponent(`${CHANNEL}:${where.id}`)}`;
    const names = (await runtime.store.listSettings(namespace))
      .map(({ key }) => key)
      // Telegram takes at most 64 bytes of callback data.
      .filter((name) => Buffer.byteLength(`switch:${name}`) <= 64);
    if (names.length === 0) return undefined;
    const keyboard = new InlineKeyboard();
    for (const name of names) keyboard.text(name, `switch:${name}`).row();
    return keyboard;
  }

  // The data comes back from the user's app, so it is treated like typed text: /switch <name>, as that user.
  bot.callbackQuery(/^switch:([\p{L}\p{N}_-]{1,32})$/u, async (ctx) => {
    const where = ctx.chat ?? ctx.from;
    const replies = await handle(ctx.from, where, `/switch ${ctx.match[1]}`);
    await ctx.answerCallbackQuery();
    for (const reply of replies) await send(where.id, reply);
  });
  // Any other button (from an older version of the bot, say) is answered, so the app stops waiting.
  bot.on('callback_query', (ctx) => ctx.answerCallbackQuery());

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
    await bot.api.setMyCommands(withLocale(config.multiLanguage.defaultLocale, menu));
    for (const locale of locales()) {
      // The bot's locales are language codes Telegram knows (en, es, de).
      const languageCode = /** @type {import('grammy/types').LanguageCode} */ (locale);
      await bot.api.setMyCommands(withLocale(locale, menu), { language_code: languageCode });
    }
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

  const { webhookSecret, webhookUrl } = config.platform;
  // grammY answers 401 to a request without the right X-Telegram-Bot-Api-Secret-Token header and runs the
  // middleware for the others.
  const handleUpdate = webhookCallback(bot, 'express', { secretToken: webhookSecret });
  runtime.http.app.post(WEBHOOK_PATH, express.json({ limit: '1mb' }), async (request, response) => {
    try {
      await handleUpdate(request, response);
    } catch (error) {
      // Logged here rather than by the HTTP server: grammY's BotError holds the context, and with it the token.
      // Answered 200 like a handled update, as polling goes on after bot.catch: Telegram would redeliver it forever.
      logger.error({ error: describe(error instanceof BotError ? error.error : error) }, 'telegram update failed');
      if (!response.headersSent) response.sendStatus(200);
    }
  });

  return {
    async start() {
      if (!(await init())) return;
      if (webhookUrl) {
        await bot.api.setWebhook(webhookUrl.href, { secret_token: webhookSecret, allowed_updates: ALLOWED_UPDATES });
        logger.info({ url: webhookUrl.origin + webhookUrl.pathname }, 'telegram webhook registered');
      }
      logger.info({ bot: bot.botInfo.username, path: WEBHOOK_PATH }, 'telegram bot receiving updates by webhook');
    },
    async stop() {
      // The HTTP server is closed before this runs (src/index.js) and waits for the requests in flight.
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
