// @ts-check
// The Telegram adapter end to end through the real grammY, against the fake Bot API in ./fake-bot-api.js on
// 127.0.0.1 (TELEGRAM_API_ROOT points the bot at it): real Update JSON in, the Bot API calls the bot made out.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createLogger } from '../../src/core/logger.js';
import { createRuntime } from '../../src/core/runtime.js';
import { openStore } from '../../src/core/stores/index.js';
import { createAdapter } from '../../src/platform/adapter.js';
import { REQUIRED, loadTestConfig, transcriptReply as reply } from '../support/env.js';
import { BLOCKED_CHAT, BOT, startFakeBotApi } from './fake-bot-api.js';

const TOKEN = '7000000001:AAtest-token_for-the-fake';
const entry = fileURLToPath(new URL('../../src/index.js', import.meta.url));
const options = { timeout: 20_000 };

/**
 * @typedef {object} MenuEntry a command as setMyCommands lists it
 * @property {string} command
 * @property {string} description
 */
/**
 * @typedef {object} Button an inline keyboard button
 * @property {string} text
 * @property {string} callback_data
 */
/**
 * @typedef {object} RunResult
 * @property {number} [code] the exit code, when not 0
 * @property {string} stdout
 * @property {string} stderr
 */

/**
 * A Telegram user as updates carry it.
 * @typedef {object} User
 * @property {number} id
 * @property {boolean} is_bot
 * @property {string} first_name
 * @property {string} [username]
 * @property {string} [language_code]
 */

/** @type {User} */
const ADA = { id: 1001, is_bot: false, first_name: 'Ada', username: 'ada', language_code: 'en' };
/** @type {User} */
const BOB = { id: 1002, is_bot: false, first_name: 'Bob', language_code: 'en' };
const ANSWER = (/** @type {string} */ text, /** @type {number} */ count) =>
  `You said "${text}" (${count} ${count === 1 ? 'message' : 'messages'} in this session so far). Type /help to see what I can do.`;

/** @type {Awaited<ReturnType<typeof startFakeBotApi>>} */
let api;
/** @type {string} */
let dir;
before(async () => {
  api = await startFakeBotApi({ token: TOKEN });
  dir = await mkdtemp(join(tmpdir(), 'telegram-'));
});
after(async () => {
  await api.close();
  await rm(dir, { recursive: true, force: true });
});

let messageId = 0;
/**
 * A private-chat message as Telegram sends it; commands carry their bot_command entity.
 * @param {User} from
 * @param {Record<string, unknown>} content text, document, photo…
 */
function message(from, content) {
  const text = typeof content.text === 'string' ? content.text : '';
  const command = /^\/\w+(@\w+)?/.exec(text);
  return {
    message: {
      message_id: ++messageId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: from.id, type: 'private', first_name: from.first_name },
      from,
      ...content,
      ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {}),
    },
  };
}

/**
 * Starts the real adapter on a runtime with its own SQLite file, as src/index.js wires them.
 * @param {string} database file name in the test folder; the same name is the same data after a restart
 * @param {Record<string, string>} [env]
 * @param {import('../../src/core/logger.js').LogSink} [logs] where error logs go; nowhere by default
 */
async function startBot(database, env = {}, logs = { write: () => {} }) {
  const config = loadTestConfig({
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: api.apiRoot,
    SESSION_STORE: 'sqlite',
    SQLITE_PATH: join(dir, database),
    ...env,
  });
  const store = await openStore(config.store);
  const logger = createLogger({ level: 'error', stream: logs });
  const runtime = await createRuntime({ config, store, logger, reply });
  const adapter = createAdapter({ config, chat: runtime.chat, commands: runtime.commands, logger, runtime, onEnd: () => {} });
  await adapter.start();

  /**
   * Hands an update to the bot and waits until it is handled.
   * @param {Record<string, unknown>} update
   */
  async function deliver(update) {
    // grammY asks for the next updates (offset past this one) only after handling this one.
    const { update_id: id } = api.push(update);
    await api.waitFor('getUpdates', ({ offset }) => Number(offset) > id);
  }

  /**
   * Sends a text as the user and returns what the bot sent to their chat meanwhile.
   * @param {User} from
   * @param {string} text
   */
  async function say(from, text) {
    const before = api.calls.length;
    await deliver(message(from, { text }));
    return sentSince(before, from.id);
  }

  return {
    runtime,
    deliver,
    say,
    async stop() {
      await adapter.stop();
      await runtime.stop();
      await store.close();
    },
  };
}

/**
 * The texts of the messages the bot sent to a chat since the `before`-th call, joined by newlines.
 * @param {number} before
 * @param {number} chatId
 */
function sentSince(before, chatId) {
  return api.calls
    .slice(before)
    .filter(({ method, payload }) => method === 'sendMessage' && payload.chat_id === chatId)
    .map(({ payload }) => payload.text)
    .join('\n');
}

describe('telegram adapter', () => {
  it('answers a message in the chat it came from and lists its commands with setMyCommands', options, async () => {
    const bot = await startBot('answers.db');
    try {
      const commands = api.callsOf('setMyCommands').at(0)?.commands ?? [];
      const names = commands.map((/** @type {MenuEntry} */ c) => c.command);
      for (const name of ['start', 'help', 'new', 'sessions', 'resume', 'history', 'end', 'archive']) {
        assert.ok(names.includes(name), `the menu lists /${name}: ${names.join(', ')}`);
      }
      assert.ok(!names.includes('attach'), 'a terminal-only command is not in the menu');

      const answer = await bot.say(ADA, 'hello bot');
      assert.match(answer, new RegExp(`^Started session [0-9a-f]{8}\\.\\n${escape(ANSWER('hello bot', 1))}$`));
      assert.match(await bot.say(ADA, '/start'), /^Hi, I am .+\. Send me a message/);
      // A command addressed to this bot in a group is the same command.
      assert.match(await bot.say(ADA, `/history@${BOT.username}`), /^Session [0-9a-f]{8}, last 2 of 2 messages:\n {2}you: hello bot$/m);
    } finally {
      await bot.stop();
    }
  });

  it('keeps /history across a restart on the same SQLite file', options, async () => {
    const first = await startBot('restart.db');
    const id = /Started session ([0-9a-f]{8})/.exec(await first.say(ADA, 'remember this'))?.[1];
    await first.stop();
    assert.ok(id);

    const second = await startBot('restart.db');
    try {
      const history = await second.say(ADA, '/history');
      assert.match(history, new RegExp(`^Session ${id}, last 2 of 2 messages:\\n {2}you: remember this\\n {2}bot: `));
    } finally {
      await second.stop();
    }
  });

  it('gives two users writing at once their own sessions', options, async () => {
    const bot = await startBot('two-users.db');
    try {
      const before = api.calls.length;
      // One getUpdates batch with both messages.
      api.push(message(ADA, { text: 'from ada' }));
      const { update_id: last } = api.push(message(BOB, { text: 'from bob' }));
      await api.waitFor('getUpdates', ({ offset }) => Number(offset) > last);
      const ada = /Started session ([0-9a-f]{8})/.exec(sentSince(before, ADA.id))?.[1];
      const bob = /Started session ([0-9a-f]{8})/.exec(sentSince(before, BOB.id))?.[1];
      assert.ok(ada && bob && ada !== bob, `two sessions: ${ada}, ${bob}`);
      assert.match(sentSince(before, ADA.id), new RegExp(escape(ANSWER('from ada', 1))));
      assert.match(sentSince(before, BOB.id), new RegExp(escape(ANSWER('from bob', 1))));

      const [adaSession] = await bot.runtime.store.listSessions({ userId: `telegram:${ADA.id}`, channelId: `telegram:${ADA.id}` });
      assert.equal(adaSession?.messageCount, 2);

      // Bob cannot reach Ada's session by its id, nor read her messages.
      assert.equal(await bot.say(BOB, `/resume ${ada}`), `No session ${ada}. See /sessions for your sessions.`);
      assert.doesNotMatch(await bot.say(BOB, '/history'), /from ada/);
    } finally {
      await bot.stop();
    }
  });

  it('logs a reply Telegram refuses without the token, and goes on with the next update', options, async () => {
    /** @type {string[]} */
    const lines = [];
    const bot = await startBot('refused.db', {}, { write: (line) => lines.push(line) });
    try {
      const blocked = { ...BOB, id: BLOCKED_CHAT };
      await bot.deliver(message(blocked, { text: 'hello' }));
      assert.match(await bot.say(ADA, 'still there?'), /^Started session /);
      const log = lines.join('');
      assert.match(log, /telegram update failed/);
      assert.match(log, /bot was blocked by the user/);
      assert.ok(!log.includes(TOKEN), 'the token is never logged');
    } finally {
      await bot.stop();
    }
  });
});

describe('telegram bot program', () => {
  const run = promisify(execFile);
  // The stand-ins for every required variable but the token.
  const others = Object.fromEntries(Object.entries(REQUIRED).filter(([name]) => name !== 'TELEGRAM_BOT_TOKEN'));

  /**
   * Runs src/index.js in an empty folder and returns its exit code and output.
   * @param {Record<string, string>} env
   */
  async function start(env) {
    const cwd = await mkdtemp(join(dir, 'run-'));
    const result = /** @type {RunResult} */ (
      await run(process.execPath, [entry], {
        cwd,
        env: { PATH: process.env.PATH, LOG_LEVEL: 'error', SESSION_STORE: 'memory', ...others, ...env },
        timeout: 10_000,
      }).catch((error) => error)
    );
    return { code: result.code ?? 0, stdout: result.stdout, stderr: result.stderr };
  }

  it('exits 1 with one line naming TELEGRAM_BOT_TOKEN and @BotFather when it is missing', options, async () => {
    const result = await start({});
    assert.equal(result.code, 1);
    assert.equal(
      result.stderr,
      'Missing TELEGRAM_BOT_TOKEN: set it to the token @BotFather gives your bot in Telegram (/newbot) (see .env.example).\n',
    );
  });

  it('exits 1 with one line, without the token, when Telegram refuses it', options, async () => {
    const result = await start({ TELEGRAM_BOT_TOKEN: '1:revoked-token', TELEGRAM_API_ROOT: api.apiRoot });
    assert.equal(result.code, 1);
    assert.equal(result.stderr, 'Telegram refused TELEGRAM_BOT_TOKEN (401 Unauthorized): copy the token from @BotFather again.\n');
  });
});

/**
 * A text as a regular expression that matches exactly it.
 * @param {string} text
 */
function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
