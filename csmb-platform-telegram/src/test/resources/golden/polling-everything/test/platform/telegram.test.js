// @ts-check
// The Telegram adapter end to end through the real grammY, against the fake Bot API in ./fake-bot-api.js on
// 127.0.0.1 (TELEGRAM_API_ROOT points the bot at it): real Update JSON in, the Bot API calls the bot made out.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
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
    ATTACHMENTS_DIR: join(dir, 'files'),
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

  it('knows admins by their Telegram id only, whatever they write', options, async () => {
    const bot = await startBot('admins.db', { ADMIN_USERS: `telegram:${ADA.id}` });
    try {
      assert.equal(
        await bot.say(BOB, '/addcommand hi I am telegram:1001'),
        '/addcommand is not available here. Type /help to see the commands you can use.',
      );
      assert.equal(await bot.say(ADA, '/addcommand hi Hello from Ada'), 'Added /hi. /help lists it.');
      assert.equal(await bot.say(BOB, '/hi'), 'Hello from Ada');
    } finally {
      await bot.stop();
    }
  });

  it('switches branches with an inline keyboard and answers the callback query', options, async () => {
    const bot = await startBot('branches.db');
    try {
      await bot.say(ADA, 'first idea');
      const before = api.calls.length;
      assert.match(await bot.say(ADA, '/branch idea'), /^Now on branch idea \(session [0-9a-f]{8}\), with a copy of the 2 messages so far\./);
      const [sent] = api.callsOf('sendMessage', (p) => p.chat_id === ADA.id).slice(-1);
      assert.ok(api.calls.length > before);
      const buttons = sent.reply_markup.inline_keyboard.flat();
      assert.deepEqual(
        buttons.map((/** @type {Button} */ b) => [b.text, b.callback_data]),
        [['idea', 'switch:idea'], ['main', 'switch:main']],
      );

      const press = (/** @type {string} */ id, /** @type {string} */ data) => ({
        callback_query: {
          id,
          from: ADA,
          chat_instance: '-8400000000000000001',
          data,
          message: { message_id: 99, date: Math.floor(Date.now() / 1000), chat: { id: ADA.id, type: 'private', first_name: 'Ada' }, from: { ...BOT }, text: 'Now on branch idea' },
        },
      });
      const pressed = api.calls.length;
      await bot.deliver(press('cb-1', 'switch:main'));
      assert.deepEqual(api.callsOf('answerCallbackQuery', (p) => p.callback_query_id === 'cb-1').length, 1);
      assert.match(sentSince(pressed, ADA.id), /^Now on branch main \(session [0-9a-f]{8}, 2 messages\)\.$/);

      // Data the app was never given is answered and does nothing.
      const forged = api.calls.length;
      await bot.deliver(press('cb-2', 'switch:../../other'));
      assert.equal(api.callsOf('answerCallbackQuery', (p) => p.callback_query_id === 'cb-2').length, 1);
      assert.equal(sentSince(forged, ADA.id), '');
    } finally {
      await bot.stop();
    }
  });

  it('downloads a document through getFile and the file link, and attaches it to the session', options, async () => {
    const bot = await startBot('files.db');
    try {
      const data = Buffer.from('meeting notes\n');
      api.addFile('doc-1', 'documents/file_7.txt', data);
      const document = { file_id: 'doc-1', file_unique_id: 'AgADdoc1', file_name: 'notes.txt', mime_type: 'text/plain', file_size: data.length };
      const before = api.calls.length;
      await bot.deliver(message(ADA, { document, caption: 'my notes' }));
      assert.match(sentSince(before, ADA.id), new RegExp(`^Attached notes\\.txt \\(${data.length} bytes\\) to session [0-9a-f]{8}\\.$`));
      const sha256 = createHash('sha256').update(data).digest('hex');
      assert.deepEqual(await readFile(join(dir, 'files', sha256)), data);
      assert.match(await bot.say(ADA, '/attachments'), /^1 file attached to this session:\n {2}notes\.txt {2}text\/plain {2}14 bytes/);

      // Over Telegram's 20 MB download limit: refused before any download is asked for.
      const large = { ...document, file_id: 'doc-2', file_unique_id: 'AgADdoc2', file_name: 'huge.pdf', file_size: 25 * 1024 * 1024 };
      const refused = api.calls.length;
      await bot.deliver(message(ADA, { document: large }));
      assert.match(sentSince(refused, ADA.id), /^huge\.pdf is larger than Telegram lets bots download/);
      assert.equal(api.callsOf('getFile', (p) => p.file_id === 'doc-2').length, 0);
    } finally {
      await bot.stop();
    }
  });

  it('refuses a file from a user not on ALLOWED_USERS through the core\'s guards, before any download', options, async () => {
    const bot = await startBot('files-denied.db', { ALLOWED_USERS: `telegram:${ADA.id}` });
    try {
      api.addFile('doc-3', 'documents/file_9.txt', Buffer.from('from Bob'));
      const before = api.calls.length;
      await bot.deliver(message(BOB, { document: { file_id: 'doc-3', file_unique_id: 'AgADdoc3', file_name: 'bob.txt', mime_type: 'text/plain', file_size: 8 } }));
      assert.equal(sentSince(before, BOB.id), `Sorry, this bot is private. Ask its owner to give access to "telegram:${BOB.id}".`);
      assert.equal(api.callsOf('getFile', (p) => p.file_id === 'doc-3').length, 0);
    } finally {
      await bot.stop();
    }
  });

  it('answers in the language of the user\'s Telegram app until they choose another', options, async () => {
    const bot = await startBot('languages.db');
    try {
      const german = { ...BOB, id: 1003, language_code: 'de' };
      assert.match(await bot.say(german, 'hallo'), /^Sitzung [0-9a-f]{8} begonnen\./);
      await bot.say(german, '/language en');
      assert.match(await bot.say(german, 'hello'), /^You said "hello"/);
      const menus = api.callsOf('setMyCommands', (p) => p.language_code === 'de');
      assert.ok(menus.at(-1)?.commands.some((/** @type {MenuEntry} */ c) => c.command === 'start' && c.description === 'Hallo sagen und sehen, wie der Bot funktioniert'));
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
