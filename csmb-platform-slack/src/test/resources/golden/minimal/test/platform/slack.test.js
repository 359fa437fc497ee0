// @ts-check
// The Slack adapter end to end: the real Bolt app, pointed at a fake Slack on 127.0.0.1
// (test/platform/fake-slack.js) through SLACK_API_URL. Payloads go in the way Slack sends them (envelopes over the Socket Mode WebSocket), and the test checks what the bot sent back: Web API calls and what it
// posted to response URLs.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createLogger } from '../../src/core/logger.js';
import { createRuntime } from '../../src/core/runtime.js';
import { openStore } from '../../src/core/stores/index.js';
import { createAdapter } from '../../src/platform/adapter.js';
import { commandText, conversationOf, escapeText, withoutMention } from '../../src/platform/format.js';
import { APP_TOKEN, BOT_TOKEN, BOT_USER_ID, TEAM_ID, eventually, startFakeSlack } from './fake-slack.js';
import { loadTestConfig, testEnv, transcriptReply as reply } from '../support/env.js';

const entry = fileURLToPath(new URL('../../src/index.js', import.meta.url));
const skip = process.env.REDIS_URL ? false : 'set REDIS_URL: real-time sync needs a Redis server';
/** Every test is bounded: a hung connection fails it instead of the whole run. */
const TIMEOUT = { timeout: 15_000, skip };

/** @type {string} */
let dir;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'slack-'));
});
after(() => rm(dir, { recursive: true, force: true }));

/** The variables of a bot talking to `fake`, keeping its sessions in `sqlitePath`. */
function slackEnv(/** @type {import('./fake-slack.js').FakeSlack} */ fake, /** @type {string} */ sqlitePath) {
  return {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_APP_TOKEN: APP_TOKEN,
    SLACK_API_URL: fake.apiUrl,
    SESSION_STORE: 'sqlite',
    SQLITE_PATH: sqlitePath,
    HTTP_PORT: '0',
    REDIS_URL: process.env.REDIS_URL,
    REDIS_KEY_PREFIX: `slack-test-${process.pid}-${Date.now()}:`,
  };
}

/**
 * Starts the bot as src/index.js does — store, runtime, adapter — talking to `fake`.
 * @param {import('./fake-slack.js').FakeSlack} fake
 * @param {string} sqlitePath
 * @param {Record<string, string>} [env]
 * @param {string[]} [logs] collects the bot's log lines, debug ones included, when given
 */
async function startBot(fake, sqlitePath, env = {}, logs) {
  const config = loadTestConfig({ ...slackEnv(fake, sqlitePath), ...env });
  const logger = logs ? createLogger({ level: 'debug', stream: { write: (line) => logs.push(line) } }) : createLogger({ level: 'error' });
  const store = await openStore(config.store);
  const runtime = await createRuntime({ config, store, logger, reply });
  const adapter = createAdapter({ config, chat: runtime.chat, commands: runtime.commands, logger, runtime, onEnd: () => {} });
  await runtime.http.listen(0);
  await adapter.start();
  await fake.connected();
  return {
    async stop() {
      await runtime.http.close();
      await adapter.stop();
      await runtime.stop();
      await store.close();
    },
  };
}

/** @typedef {Awaited<ReturnType<typeof startBot>>} Bot */

let serial = 0;
/** A new Slack timestamp, as the `ts` of a message. */
const nextTs = () => `${1_700_000_100 + (serial += 1)}.000200`;

/**
 * An Events API callback, the body Slack sends for an event.
 * @param {Record<string, unknown>} event
 */
const eventCallback = (event) => ({
  token: 'verification-token-unused',
  team_id: TEAM_ID,
  api_app_id: 'A0TEST',
  event: { event_ts: event.ts, ...event },
  type: 'event_callback',
  event_id: `Ev${serial}`,
  event_time: 1_700_000_000,
  authorizations: [{ enterprise_id: null, team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
  is_ext_shared_channel: false,
});

/**
 * A direct message from `user`.
 * @param {string} user
 * @param {string} text
 * @param {string} [thread_ts]
 */
const directMessage = (user, text, thread_ts) =>
  eventCallback({ type: 'message', channel: `D${user}`, channel_type: 'im', user, text, ts: nextTs(), team: TEAM_ID, ...(thread_ts ? { thread_ts } : {}) });

/**
 * A mention of the bot in a channel.
 * @param {string} user
 * @param {string} channel
 * @param {string} text
 * @param {string} [thread_ts]
 */
const mention = (user, channel, text, thread_ts) =>
  eventCallback({ type: 'app_mention', user, channel, text: `<@${BOT_USER_ID}> ${text}`, ts: nextTs(), team: TEAM_ID, ...(thread_ts ? { thread_ts } : {}) });

/**
 * The slash command's payload.
 * @param {import('./fake-slack.js').FakeSlack} fake
 * @param {string} user
 * @param {string} text
 * @param {string} [channel] where it was typed: a conversation has its own sessions, like a DM (`D…`)
 */
const slashCommand = (fake, user, text, channel = 'C0GENERAL') => ({
  token: 'verification-token-unused',
  team_id: TEAM_ID,
  team_domain: 'test',
  channel_id: channel,
  channel_name: channel === 'C0GENERAL' ? 'general' : 'directmessage',
  user_id: user,
  user_name: user.toLowerCase(),
  command: COMMAND,
  text,
  api_app_id: 'A0TEST',
  is_enterprise_install: 'false',
  response_url: fake.responseUrl(),
  trigger_id: `trigger-${serial}`,
});

/**
 * A press on a button of the help message (a block_actions interaction).
 * @param {import('./fake-slack.js').FakeSlack} fake
 * @param {string} user
 * @param {string} actionId
 * @param {string} [channel]
 */
const buttonPress = (fake, user, actionId, channel = 'C0GENERAL') => ({
  type: 'block_actions',
  user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: TEAM_ID },
  api_app_id: 'A0TEST',
  token: 'verification-token-unused',
  container: { type: 'message', message_ts: '1700000000.000100', channel_id: channel, is_ephemeral: true },
  trigger_id: `trigger-${serial}`,
  team: { id: TEAM_ID, domain: 'test' },
  channel: { id: channel, name: channel === 'C0GENERAL' ? 'general' : 'directmessage' },
  response_url: fake.responseUrl(),
  actions: [{ action_id: actionId, block_id: 'shortcuts', text: { type: 'plain_text', text: 'History' }, type: 'button', action_ts: '1700000001.000100' }],
});

const manifest = JSON.parse(await readFile(new URL('../../manifest.json', import.meta.url), 'utf8'));
/** The slash command the manifest declares. */
const COMMAND = manifest.features.slash_commands[0].command;

/**
 * Delivers an event to the bot the way Slack does (an events_api envelope) and checks it was accepted.
 * @param {import('./fake-slack.js').FakeSlack} fake
 * @param {Bot} bot
 * @param {Record<string, unknown>} body
 * @param {number} [retry] more than 0 for Slack's redelivery of an event it saw no acknowledgement for
 */
async function deliverEvent(fake, bot, body, retry = 0) {
  await fake.send('events_api', body, retry);
}

/**
 * Delivers a slash command or a button press and returns what the bot answered on the payload's response_url.
 * @param {import('./fake-slack.js').FakeSlack} fake
 * @param {Bot} bot
 * @param {'slash_commands' | 'interactive'} kind
 * @param {Record<string, any>} payload
 * @returns {Promise<Record<string, any>>}
 */
async function deliverInteraction(fake, bot, kind, payload) {
  await fake.send(kind, payload);
  const path = new URL(payload.response_url).pathname;
  return (await eventually(() => fake.responses.find((r) => r.path === path), `the answer on ${path}`)).body;
}

/**
 * The texts the bot posted to a channel, after at least `count` arrived.
 * @param {import('./fake-slack.js').FakeSlack} fake
 * @param {string} channel
 * @param {number} count
 */
async function postedTo(fake, channel, count) {
  await eventually(() => fake.posted(channel).length >= count, `${count} messages in ${channel}`);
  return fake.posted(channel).map((call) => String(call.args.text));
}

describe('slack app', () => {
  it('declares in its manifest what the adapter uses', () => {
    assert.deepEqual(manifest.settings.event_subscriptions.bot_events, ['app_mention', 'message.im']);
    assert.deepEqual(manifest.oauth_config.scopes.bot, ['app_mentions:read', 'chat:write', 'commands', 'im:history']);
    assert.equal(manifest.settings.socket_mode_enabled, true);
    assert.equal(manifest.settings.interactivity.is_enabled, true);
    assert.match(COMMAND, /^\/[a-z0-9_-]{1,31}$/);
  });

  it('answers a direct message, with the bot token, in the DM', TIMEOUT, async () => {
    const fake = await startFakeSlack();
    const bot = await startBot(fake, join(dir, 'dm.db'));
    try {
      await deliverEvent(fake, bot, directMessage('U0ALICE', 'hello bot'));
      const [started, answer] = await postedTo(fake, 'DU0ALICE', 2);
      assert.match(started, /^Started session [0-9a-f]{8}\.$/);
      assert.match(answer, /hello bot/);
      const post = fake.posted('DU0ALICE')[0];
      assert.equal(post.authorization, `Bearer ${BOT_TOKEN}`);
      assert.equal(post.args.thread_ts, undefined, 'a message outside a thread is answered outside one');
    } finally {
      await bot.stop();
      await fake.close();
    }
  });

  it('answers a mention in its thread, without the mention, and escapes what it repeats', TIMEOUT, async () => {
    const fake = await startFakeSlack();
    const bot = await startBot(fake, join(dir, 'mention.db'));
    try {
      await deliverEvent(fake, bot, mention('U0ALICE', 'C0GENERAL', 'ping <!channel> & co', '1700000000.000001'));
      const texts = await postedTo(fake, 'C0GENERAL', 2);
      for (const call of fake.posted('C0GENERAL')) assert.equal(call.args.thread_ts, '1700000000.000001');
      assert.ok(texts.every((text) => !text.includes('<!channel>') && !text.includes(`<@${BOT_USER_ID}>`)), texts.join('\n'));
      assert.match(texts[1], /ping &lt;!channel&gt; &amp; co/);
    } finally {
      await bot.stop();
      await fake.close();
    }
  });

  it('acknowledges the slash command first, then answers only the user, with buttons on the help', TIMEOUT, async () => {
    const fake = await startFakeSlack();
    const bot = await startBot(fake, join(dir, 'command.db'));
    try {
      const help = await deliverInteraction(fake, bot, 'slash_commands', slashCommand(fake, 'U0ALICE', ''));
      assert.equal(help.response_type, 'ephemeral');
      assert.match(help.text, /\/history/);
      /** @type {Record<string, any>[]} */
      const blocks = help.blocks;
      /** @type {Record<string, string>[]} */
      const buttons = blocks.find((block) => block.type === 'actions')?.elements;
      assert.deepEqual(buttons.map((button) => button.action_id), ['command:history', 'command:sessions', 'command:new']);
      // Socket Mode: the envelope was acked by its id before the answer went out.
      const ack = fake.log.indexOf('ack:envelope-1');
      assert.ok(ack >= 0 && ack < fake.log.findIndex((entry) => entry.startsWith('respond:')), fake.log.join(', '));

      await deliverEvent(fake, bot, directMessage('U0ALICE', 'remember the milk'));
      await postedTo(fake, 'DU0ALICE', 2);
      const history = await deliverInteraction(fake, bot, 'slash_commands', slashCommand(fake, 'U0ALICE', 'history', 'DU0ALICE'));
      assert.match(history.text, /you: remember the milk/);

      const pressed = await deliverInteraction(fake, bot, 'interactive', buttonPress(fake, 'U0ALICE', 'command:sessions', 'DU0ALICE'));
      assert.equal(pressed.response_type, 'ephemeral');
      assert.equal(pressed.replace_original, false);
      assert.match(pressed.text, /active/);
    } finally {
      await bot.stop();
      await fake.close();
    }
  });

  it('keeps two users who write at once apart, whatever they write', TIMEOUT, async () => {
    const fake = await startFakeSlack();
    const bot = await startBot(fake, join(dir, 'two.db'));
    try {
      await Promise.all([
        deliverEvent(fake, bot, directMessage('U0ALICE', 'from alice')),
        deliverEvent(fake, bot, directMessage('U0BOB', 'I am U0ALICE, user_id=U0ALICE, slack:U0ALICE')),
      ]);
      const alice = await postedTo(fake, 'DU0ALICE', 2);
      const bob = await postedTo(fake, 'DU0BOB', 2);
      const idOf = (/** @type {string} */ text) => /Started session ([0-9a-f]{8})/.exec(text)?.[1];
      assert.ok(idOf(alice[0]) && idOf(bob[0]) && idOf(alice[0]) !== idOf(bob[0]), `${alice[0]} / ${bob[0]}`);

      const bobs = await deliverInteraction(fake, bot, 'slash_commands', slashCommand(fake, 'U0BOB', 'history', 'DU0BOB'));
      assert.match(bobs.text, /you: I am U0ALICE/);
      assert.doesNotMatch(bobs.text, /from alice/);
      const whoami = await deliverInteraction(fake, bot, 'slash_commands', slashCommand(fake, 'U0BOB', 'whoami'));
      assert.equal(whoami.text, 'You are slack:U0BOB.');
    } finally {
      await bot.stop();
      await fake.close();
    }
  });

  it('lets only the admins Slack names be admins', TIMEOUT, async () => {
    const fake = await startFakeSlack();
    const bot = await startBot(fake, join(dir, 'admin.db'), { ADMIN_USERS: 'slack:U0ADMIN' });
    try {
      const admin = await deliverInteraction(fake, bot, 'slash_commands', slashCommand(fake, 'U0ADMIN', 'whoami'));
      assert.equal(admin.text, 'You are slack:U0ADMIN, an admin.');
      const other = await deliverInteraction(fake, bot, 'slash_commands', slashCommand(fake, 'U0BOB', 'whoami slack:U0ADMIN'));
      assert.equal(other.text, 'You are slack:U0BOB.');
    } finally {
      await bot.stop();
      await fake.close();
    }
  });

  it('shows the history after a restart on the same SQLite file', TIMEOUT, async () => {
    const fake = await startFakeSlack();
    const path = join(dir, 'restart.db');
    const first = await startBot(fake, path);
    try {
      await deliverEvent(fake, first, directMessage('U0ALICE', 'before the restart'));
      await postedTo(fake, 'DU0ALICE', 2);
    } finally {
      await first.stop();
    }
    const second = await startBot(fake, path);
    try {
      const history = await deliverInteraction(fake, second, 'slash_commands', slashCommand(fake, 'U0ALICE', 'history', 'DU0ALICE'));
      assert.match(history.text, /you: before the restart/);
    } finally {
      await second.stop();
      await fake.close();
    }
  });

  it('handles an event Slack sends again once, when the retry reaches another bot on the same SQLite file', TIMEOUT, async () => {
    const fake = await startFakeSlack();
    const path = join(dir, 'redelivered.db');
    /** @type {string[]} */
    const logs = [];
    const event = directMessage('U0ALICE', 'answer me once');
    const skipped = () => logs.filter((line) => line.includes('slack event already handled') && line.includes(String(event.event_id)));
    const first = await startBot(fake, path, {}, logs);
    /** @type {Bot | undefined} */
    let second;
    try {
      await deliverEvent(fake, first, event);
      await postedTo(fake, 'DU0ALICE', 2);
      second = await startBot(fake, path, {}, logs);
      await fake.connected(2);
      await deliverEvent(fake, second, event, 1);
      await eventually(() => skipped().length > 0 || fake.posted('DU0ALICE').length > 2, 'the second bot to skip (or answer) the retry');
    } finally {
      await first.stop();
      await second?.stop();
      await fake.close();
    }
    const answers = fake.posted('DU0ALICE').filter((call) => String(call.args.text).includes('answer me once'));
    assert.equal(answers.length, 1, 'one answer for the event and its retry');
    assert.equal(skipped().length, 1, 'the retry was skipped');
    assert.match(skipped()[0], /"retryNum":1/);
  });

  it('exits with 1 and one line when Slack refuses the token', TIMEOUT, async () => {
    const fake = await startFakeSlack({ authError: 'invalid_auth' });
    try {
      const child = spawn(process.execPath, [entry], {
        cwd: dir,
        env: { PATH: process.env.PATH, ...testEnv({ ...slackEnv(fake, join(dir, 'refused.db')), LOG_LEVEL: 'error' }) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      const [code] = await new Promise((resolve) => child.on('close', (...args) => resolve(args)));
      assert.equal(code, 1);
      assert.match(stderr, /^Slack refused to connect \(invalid_auth\): check SLACK_BOT_TOKEN/);
      assert.equal(stderr.trim().split('\n').length, 1, stderr);
      assert.ok(!stderr.includes(BOT_TOKEN), 'the token is never printed');
    } finally {
      await fake.close();
    }
  });

  it('exits with 1 and one line naming the variable when the bot token is missing', () => {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [entry], { cwd: dir, env: { PATH: process.env.PATH, ...testEnv({ SLACK_BOT_TOKEN: '' }) } });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('close', (code) => {
        try {
          assert.equal(code, 1);
          assert.match(stderr, /^Missing SLACK_BOT_TOKEN: set it to the Bot User OAuth Token \(xoxb-…\) from api\.slack\.com\/apps/);
          assert.equal(stderr.trim().split('\n').length, 1, stderr);
          resolve(undefined);
        } catch (error) {
          reject(error);
        }
      });
    });
  });
});

describe('slack formatting', () => {
  it('escapes the characters Slack reads as markup', () => {
    assert.equal(escapeText('<!channel> & <@U1> <https://x|y>'), '&lt;!channel&gt; &amp; &lt;@U1&gt; &lt;https://x|y&gt;');
  });

  it('drops the mention of the bot a mention starts with', () => {
    assert.equal(withoutMention('<@U0BOT> hello <@U2>', 'U0BOT'), 'hello <@U2>');
    assert.equal(withoutMention('  <@U0BOT>   hi', undefined), 'hi');
  });

  it('turns the slash command text into a command', () => {
    assert.equal(commandText(''), '/help');
    assert.equal(commandText(' history 3 '), '/history 3');
    assert.equal(commandText('/end'), '/end');
  });

  it('keeps a thread apart from its channel', () => {
    assert.equal(conversationOf({ channel: 'C1' }), 'C1');
    assert.equal(conversationOf({ channel: 'C1', thread_ts: '1.2' }), 'C1/1.2');
  });
});
