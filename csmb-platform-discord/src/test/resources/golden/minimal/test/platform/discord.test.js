// @ts-check
// The real adapter and the real discord.js client against a small fake of Discord on 127.0.0.1: its REST API (the
// client's `rest.api` option points there) and its gateway (a `ws` server that GET /gateway/bot names). The fake
// speaks JSON without compression (discord.js asks for zlib only when zlib-sync is installed) and records every
// REST request, so the tests check what the bot sent, byte for byte as Discord would receive it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { REST } from 'discord.js';
import { WebSocketServer } from 'ws';
import { createLogger } from '../../src/core/logger.js';
import { createRuntime } from '../../src/core/runtime.js';
import { createMemoryStore } from '../../src/core/stores/memory.js';
import { createSqliteStore } from '../../src/core/stores/sqlite.js';
import { createAdapter, INTENTS } from '../../src/platform/adapter.js';
import { registerCommands, slashCommands } from '../../src/platform/register.js';
import { reply } from '../../src/reply.js';
import { loadTestConfig, testEnv } from '../support/env.js';

/** Real-time sync needs a Redis server; each test says why it is skipped without one. */
const SKIP = process.env.REDIS_URL ? false : 'set REDIS_URL: real-time sync needs a Redis server';
const TIMEOUT = 10_000;
const APP_ID = '100000000000000001';
const BOT = { id: '100000000000000002', username: 'csmb-bot', discriminator: '0', global_name: 'csmb bot', avatar: null, bot: true };
const GUILD_ID = '100000000000000003';
const CHANNEL_ID = '100000000000000004';
const ALICE = { id: '200000000000000001', username: 'alice', discriminator: '0', global_name: 'Alice', avatar: null };
const BOB = { id: '200000000000000002', username: 'bob', discriminator: '0', global_name: 'Bob', avatar: null };

const work = mkdtempSync(join(tmpdir(), 'discord-'));
after(() => rmSync(work, { recursive: true, force: true }));

/**
 * @typedef {object} Recorded
 * @property {string} method
 * @property {string} path without /api/v10
 * @property {any} body the parsed JSON body, if any
 * @property {string | undefined} authorization
 */

/** A fake Discord: REST under /api/v10 and a gateway on the same port. */
async function startFakeDiscord() {
  /** @type {Recorded[]} */
  const requests = [];
  /** @type {any[]} what the bot sent over the gateway (IDENTIFY, heartbeats) */
  const gatewayIn = [];
  /** @type {Set<import('ws').WebSocket>} */
  const sockets = new Set();
  let nextId = 300000000000000000n;
  let sequence = 0;
  const id = () => `${(nextId += 1n)}`;
  /** @type {Map<string, any>} threads the bot opened, by id */
  const threads = new Map();

  /**
   * @param {string} channelId
   * @param {any} body
   */
  const messageOf = (channelId, body) => ({
    id: id(),
    type: body.message_reference ? 19 : 0,
    channel_id: channelId,
    content: body.content ?? '',
    author: BOT,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    flags: body.flags ?? 0,
    ...(body.message_reference ? { message_reference: body.message_reference } : {}),
  });

  /**
   * The REST routes the adapter and the register script use, shaped as discord-api-types describes them.
   * @param {Recorded} request
   * @returns {[number, any]}
   */
  function route({ method, path, body }) {
    let match;
    if (method === 'GET' && path === '/gateway/bot') {
      const url = `ws://127.0.0.1:${port}`;
      return [200, { url, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } }];
    }
    if (method === 'POST' && /^\/interactions\/\d+\/[\w-]+\/callback$/.test(path)) return [204, undefined];
    if ((match = /^\/webhooks\/\d+\/[\w-]+(\/messages\/@original)?$/.exec(path))) {
      return [200, messageOf(CHANNEL_ID, body)];
    }
    if (method === 'POST' && (match = /^\/channels\/(\d+)\/messages$/.exec(path))) return [200, messageOf(match[1], body)];
    if (method === 'POST' && (match = /^\/channels\/(\d+)\/threads$/.exec(path))) {
      const thread = {
        id: id(),
        type: 11,
        guild_id: GUILD_ID,
        parent_id: match[1],
        name: body.name,
        owner_id: BOT.id,
        rate_limit_per_user: 0,
        message_count: 0,
        member_count: 1,
        flags: 0,
        thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false },
      };
      threads.set(thread.id, thread);
      return [201, thread];
    }
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      return [200, body.map((/** @type {any} */ command) => ({ ...command, id: id(), application_id: APP_ID, version: id() }))];
    }
    return [404, { message: 'Unknown route', code: 0 }];
  }

  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const raw = Buffer.concat(chunks).toString('utf8');
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname).replace(/^\/api\/v10/, '');
    /** @type {Recorded} */
    const request = { method: req.method ?? 'GET', path, body: raw ? JSON.parse(raw) : undefined, authorization: req.headers.authorization };
    requests.push(request);
    const [status, answer] = route(request);
    if (answer === undefined) res.writeHead(status).end();
    else res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
  });

  const gateway = new WebSocketServer({ server });
  gateway.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    const send = (/** @type {any} */ payload) => socket.send(JSON.stringify(payload));
    send({ op: 10, d: { heartbeat_interval: 45_000 } }); // HELLO
    socket.on('message', (data) => {
      const payload = JSON.parse(data.toString());
      gatewayIn.push(payload);
      if (payload.op === 1) send({ op: 11 }); // heartbeat ACK
      if (payload.op !== 2) return; // IDENTIFY: READY, then the server the bot is in, which makes the client ready
      send({
        op: 0,
        s: (sequence += 1),
        t: 'READY',
        d: {
          v: 10,
          user: { ...BOT, verified: true, flags: 0 },
          guilds: [{ id: GUILD_ID, unavailable: true }],
          session_id: 'fake-session',
          resume_gateway_url: `ws://127.0.0.1:${port}`,
          shard: [0, 1],
          application: { id: APP_ID, flags: 0 },
        },
      });
      send({ op: 0, s: (sequence += 1), t: 'GUILD_CREATE', d: guild() });
    });
  });

  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  /**
   * Sends a dispatch to every connected bot.
   * @param {string} type
   * @param {any} data
   */
  function dispatch(type, data) {
    for (const socket of sockets) socket.send(JSON.stringify({ op: 0, s: (sequence += 1), t: type, d: data }));
  }

  /**
   * Waits until `count` requests match, or fails after a bounded time.
   * @param {(request: Recorded) => boolean} match
   * @param {number} [count]
   * @returns {Promise<Recorded[]>}
   */
  async function waitFor(match, count = 1) {
    const until = Date.now() + 5_000;
    for (;;) {
      const found = requests.filter(match);
      if (found.length >= count) return found;
      if (Date.now() > until) {
        assert.fail(`expected ${count} matching requests; the bot sent:\n${requests.map((r) => `${r.method} ${r.path}`).join('\n')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  return {
    api: `http://127.0.0.1:${port}/api`,
    requests,
    gatewayIn,
    threads,
    dispatch,
    waitFor,
    newId: id,
    async close() {
      for (const socket of sockets) socket.terminate();
      gateway.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** @typedef {Awaited<ReturnType<typeof startFakeDiscord>>} FakeDiscord */

/** The GUILD_CREATE payload of the one server the bot is in, with one text channel. */
function guild() {
  return {
    id: GUILD_ID,
    name: 'Test server',
    icon: null,
    owner_id: ALICE.id,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [{ id: GUILD_ID, name: '@everyone', permissions: '1024', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    system_channel_flags: 0,
    premium_tier: 0,
    preferred_locale: 'en-US',
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    large: false,
    member_count: 3,
    joined_at: '2026-01-01T00:00:00.000Z',
    channels: [{ id: CHANNEL_ID, type: 0, name: 'general', position: 0, permission_overwrites: [], parent_id: null, nsfw: false, topic: null, rate_limit_per_user: 0 }],
    threads: [],
    members: [],
    voice_states: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
  };
}

/** @param {typeof ALICE} user */
const memberOf = (user) => ({ user, roles: [], joined_at: '2026-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0, pending: false, nick: null, avatar: null });

/**
 * An INTERACTION_CREATE payload for a slash command in the server's text channel.
 * @param {FakeDiscord} fake
 * @param {typeof ALICE} user
 * @param {string} name
 * @param {string} [args]
 * @param {string} [channelId]
 */
function slashCommand(fake, user, name, args, channelId = CHANNEL_ID) {
  const id = fake.newId();
  return {
    id,
    application_id: APP_ID,
    type: 2,
    token: `token-${id}`,
    version: 1,
    guild_id: GUILD_ID,
    channel_id: channelId,
    channel: { id: channelId, type: 0, guild_id: GUILD_ID, name: 'general' },
    member: { ...memberOf(user), permissions: '2248473465835073' },
    app_permissions: '2248473465835073',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { 0: GUILD_ID },
    context: 0,
    data: { id: fake.newId(), name, type: 1, ...(args === undefined ? {} : { options: [{ name: 'args', type: 3, value: args }] }) },
  };
}

/**
 * Where a message is written: a channel (the server's text channel by default), whether it is a DM (no server),
 * and whether it mentions the bot.
 * @typedef {object} Where
 * @property {string} [channelId]
 * @property {boolean} [dm]
 * @property {boolean} [mentionsBot]
 * @property {number} [channelType] 0 a text channel, 11 a thread; a DM is always 1
 */

/**
 * A MESSAGE_CREATE payload: in the server's text channel (or a thread), or a DM.
 * @param {FakeDiscord} fake
 * @param {typeof ALICE} user
 * @param {string} content
 * @param {Where} [where]
 */
function message(fake, user, content, { channelId = CHANNEL_ID, dm = false, mentionsBot = true, channelType = 0 } = {}) {
  return {
    id: fake.newId(),
    type: 0,
    channel_id: channelId,
    // Discord names the channel's type: a DM channel is not cached before its first message, and this is how
    // discord.js knows to make one.
    channel_type: dm ? 1 : channelType,
    ...(dm ? {} : { guild_id: GUILD_ID, member: memberOf(user) }),
    author: user,
    content: mentionsBot ? `<@${BOT.id}> ${content}` : content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: mentionsBot ? [BOT] : [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    flags: 0,
  };
}

/**
 * The real runtime and the real adapter, connected to the fake.
 * @param {FakeDiscord} fake
 * @param {import('../../src/core/types.js').Store} [store]
 * @param {string[]} [logs] collects the bot's log lines, debug ones included, when given
 */
async function startBot(fake, store = createMemoryStore(), logs) {
  const config = loadTestConfig({ DISCORD_TOKEN: 'test-token', DISCORD_CLIENT_ID: APP_ID });
  const logger = logs ? createLogger({ level: 'debug', stream: { write: (line) => logs.push(line) } }) : createLogger({ level: 'error' });
  const runtime = await createRuntime({ config, store, logger, reply });
  const adapter = createAdapter({ ...runtime, config, runtime, onEnd: () => {}, api: fake.api });
  await adapter.start();
  return {
    runtime,
    async stop() {
      await adapter.stop();
      await runtime.stop();
      await store.close();
    },
  };
}

/** @param {Recorded} r */
const isChannelMessage = (r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path);

/**
 * @param {string} token the interaction's
 * @returns {(r: Recorded) => boolean}
 */
const isAnswerTo = (token) => (r) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${token}/messages/@original`;

describe('the Discord adapter, through discord.js and a fake Discord', { timeout: 60_000 }, () => {
  it('identifies with the token and only the intents it needs, then answers a slash command', { skip: SKIP, timeout: TIMEOUT }, async () => {
    const fake = await startFakeDiscord();
    const bot = await startBot(fake);
    try {
      const identify = fake.gatewayIn.find((p) => p.op === 2);
      assert.equal(identify.d.token, 'test-token');
      assert.equal(identify.d.intents, INTENTS.reduce((all, bit) => all | bit, 0));
      assert.equal(identify.d.intents, 1 | 512 | 4096, 'Guilds, GuildMessages, DirectMessages; no privileged intent');
      const command = slashCommand(fake, ALICE, 'help');
      fake.dispatch('INTERACTION_CREATE', command);
      const [answer] = await fake.waitFor(isAnswerTo(command.token));
      const [deferred] = fake.requests.filter((r) => r.path === `/interactions/${command.id}/${command.token}/callback`);
      assert.deepEqual(deferred.body, { type: 5, data: { flags: 64 } }, 'deferred at once, ephemeral');
      assert.equal(deferred.authorization, undefined, 'interaction callbacks carry no bot token');
      assert.match(answer.body.content, /^Commands:/);
      assert.match(answer.body.content, /\/sessions - /);
      assert.ok(fake.requests.every((r) => r.authorization === undefined || r.authorization === 'Bot test-token'));
    } finally {
      await bot.stop();
      await fake.close();
    }
  });

  it('answers a mention and a DM as replies, and ignores messages that do not mention it', { skip: SKIP, timeout: TIMEOUT }, async () => {
    const fake = await startFakeDiscord();
    const bot = await startBot(fake);
    try {
      const mention = message(fake, ALICE, 'hello bot');
      fake.dispatch('MESSAGE_CREATE', mention);
      const [, answer] = await fake.waitFor(isChannelMessage, 2);
      assert.equal(answer.path, `/channels/${CHANNEL_ID}/messages`);
      assert.match(answer.body.content, /^You said "hello bot" \(1 message in this session so far\)/);
      assert.equal(answer.body.message_reference.message_id, mention.id, 'a reply to the message');
      assert.deepEqual(answer.body.allowed_mentions, { parse: [], replied_user: false }, 'replies ping nobody');

      const dmChannel = fake.newId();
      fake.dispatch('MESSAGE_CREATE', message(fake, ALICE, 'in private', { channelId: dmChannel, dm: true, mentionsBot: false }));
      const dm = await fake.waitFor((r) => r.path === `/channels/${dmChannel}/messages`, 2);
      assert.match(dm[1].body.content, /^You said "in private" \(1 message/, 'a DM is a channel of its own');

      fake.dispatch('MESSAGE_CREATE', message(fake, BOB, 'just chatting', { mentionsBot: false }));
      fake.dispatch('MESSAGE_CREATE', { ...message(fake, BOT, 'my own reply'), author: BOT });
      fake.dispatch('MESSAGE_CREATE', message(fake, ALICE, 'last'));
      await fake.waitFor((r) => isChannelMessage(r) && /"last"/.test(r.body.content));
      const answered = fake.requests.filter(isChannelMessage).map((r) => r.body.content).join('\n');
      assert.doesNotMatch(answered, /my own reply/, 'a bot is never answered');
      assert.doesNotMatch(answered, /just chatting/, 'without a mention the bot stays quiet');
    } finally {
      await bot.stop();
      await fake.close();
    }
  });

  it('keeps two users writing at once apart, by their Discord ids whatever they write', { skip: SKIP, timeout: TIMEOUT }, async () => {
    const fake = await startFakeDiscord();
    const bot = await startBot(fake);
    try {
      fake.dispatch('MESSAGE_CREATE', message(fake, ALICE, `I am <@${BOB.id}> discord:${BOB.id}`));
      fake.dispatch('MESSAGE_CREATE', message(fake, BOB, 'hi from bob'));
      const answers = await fake.waitFor((r) => isChannelMessage(r) && /^You said/.test(r.body.content), 2);
      for (const answer of answers) assert.match(answer.body.content, /\(1 message in this session so far\)/);
      const { store } = bot.runtime;
      const alice = await store.listSessions({ userId: `discord:${ALICE.id}`, channelId: `discord:${CHANNEL_ID}` });
      const bob = await store.listSessions({ userId: `discord:${BOB.id}`, channelId: `discord:${CHANNEL_ID}` });
      assert.equal(alice.length, 1);
      assert.equal(bob.length, 1);
      assert.equal(bob[0].messageCount, 2, "alice's text naming bob did not land in bob's session");
      const command = slashCommand(fake, ALICE, 'resume', bob[0].id);
      fake.dispatch('INTERACTION_CREATE', command);
      const [refused] = await fake.waitFor(isAnswerTo(command.token));
      assert.match(refused.body.content, /^No session /, "bob's session is not alice's to resume");
    } finally {
      await bot.stop();
      await fake.close();
    }
  });

  it('splits a reply longer than 2,000 characters into several messages', { skip: SKIP, timeout: TIMEOUT }, async () => {
    const fake = await startFakeDiscord();
    const bot = await startBot(fake);
    try {
      const long = Array.from({ length: 250 }, (_, i) => `word${i}`).join(' ').padEnd(2_500, '.');
      fake.dispatch('MESSAGE_CREATE', message(fake, ALICE, long));
      const sent = await fake.waitFor((r) => isChannelMessage(r) && !/^Started session/.test(r.body.content), 2);
      assert.ok(sent.every((r) => r.body.content.length <= 2_000), 'no message over 2,000 characters');
      const whole = sent.map((r) => r.body.content).join(' ');
      assert.ok(whole.includes('word0 word1') && whole.includes('word249'), 'nothing lost between the pieces');
    } finally {
      await bot.stop();
      await fake.close();
    }
  });

  it('shows /history after a restart on the same SQLite file', { skip: SKIP, timeout: TIMEOUT }, async () => {
    const fake = await startFakeDiscord();
    const path = join(work, 'restart.db');
    const first = await startBot(fake, createSqliteStore({ path }));
    fake.dispatch('MESSAGE_CREATE', message(fake, ALICE, 'remember the blue door'));
    await fake.waitFor((r) => isChannelMessage(r) && /blue door/.test(r.body.content));
    await first.stop();

    const second = await startBot(fake, createSqliteStore({ path }));
    try {
      const command = slashCommand(fake, ALICE, 'history');
      fake.dispatch('INTERACTION_CREATE', command);
      const [answer] = await fake.waitFor(isAnswerTo(command.token));
      assert.match(answer.body.content, /you: remember the blue door/);
    } finally {
      await second.stop();
      await fake.close();
    }
  });

  it('answers a message once when two bots share one SQLite file, and twice on separate stores', { skip: SKIP, timeout: TIMEOUT }, async () => {
    const fake = await startFakeDiscord();
    /** @param {any} sent */
    const answersTo = (sent) => (/** @type {Recorded} */ r) => isChannelMessage(r) && r.body.message_reference?.message_id === sent.id && /^You said/.test(r.body.content);
    try {
      /** @type {string[]} */
      const logs = [];
      const path = join(work, 'shared.db');
      const shared = [await startBot(fake, createSqliteStore({ path }), logs), await startBot(fake, createSqliteStore({ path }), logs)];
      const once = message(fake, ALICE, 'answer me once');
      fake.dispatch('MESSAGE_CREATE', once);
      await fake.waitFor(answersTo(once));
      // Both bots received it: wait until the other one has skipped it (or, wrongly, answered it too).
      const skipped = () => logs.filter((line) => line.includes('discord message taken by another instance') && line.includes(once.id));
      for (const until = Date.now() + 5_000; skipped().length === 0 && fake.requests.filter(answersTo(once)).length < 2;) {
        assert.ok(Date.now() < until, 'the second bot neither skipped nor answered the message');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      for (const bot of shared) await bot.stop();
      assert.equal(fake.requests.filter(answersTo(once)).length, 1, 'one answer from two bots on one store');
      assert.equal(skipped().length, 1, 'the other bot skipped it');

      const apart = [
        await startBot(fake, createSqliteStore({ path: join(work, 'apart-1.db') })),
        await startBot(fake, createSqliteStore({ path: join(work, 'apart-2.db') })),
      ];
      const twice = message(fake, ALICE, 'two stores, two answers');
      fake.dispatch('MESSAGE_CREATE', twice);
      await fake.waitFor(answersTo(twice), 2);
      for (const bot of apart) await bot.stop();
    } finally {
      await fake.close();
    }
  });

  it('registers the slash commands in a server, or globally', { timeout: TIMEOUT }, async () => {
    const fake = await startFakeDiscord();
    try {
      const rest = new REST({ api: fake.api }).setToken('test-token');
      const body = slashCommands([
        { name: 'help', description: 'Show the commands', run: () => '' },
        { name: 'resume', args: '<id>', description: () => 'Continue a session', run: () => '' },
        { name: 'language', args: '[code]', description: 'x'.repeat(150), run: () => '' },
      ]);
      const platform = { token: 'test-token', clientId: APP_ID, guildId: GUILD_ID };
      assert.match(await registerCommands({ rest, platform, body }), /^Registered 3 slash commands in server /);
      assert.match(await registerCommands({ rest, platform: { ...platform, guildId: '' }, body }), /globally/);
      const [inGuild, global] = fake.requests.filter((r) => r.method === 'PUT');
      assert.equal(inGuild.path, `/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
      assert.equal(global.path, `/applications/${APP_ID}/commands`);
      assert.equal(inGuild.authorization, 'Bot test-token');
      assert.deepEqual(inGuild.body.map((/** @type {any} */ c) => c.name), ['help', 'resume', 'language']);
      assert.deepEqual(inGuild.body[1].options, [{ type: 3, name: 'args', description: '<id>', required: true }]);
      assert.equal(inGuild.body[2].options[0].required, false);
      assert.equal(inGuild.body[2].description.length, 100);
    } finally {
      await fake.close();
    }
  });

  it('refuses to start without DISCORD_TOKEN, in one line naming it', { timeout: TIMEOUT }, () => {
    const entry = fileURLToPath(new URL('../../src/index.js', import.meta.url));
    const { DISCORD_TOKEN, ...env } = testEnv({ PATH: process.env.PATH });
    assert.ok(DISCORD_TOKEN, 'the stand-in is there to leave out');
    const result = spawnSync(process.execPath, [entry], { cwd: work, env, encoding: 'utf8', timeout: TIMEOUT });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^Missing DISCORD_TOKEN: set it to the bot token from https:\/\/discord\.com\/developers\/applications.*\n$/);
    assert.doesNotMatch(result.stderr, /set-by-test/, 'no secret is echoed');
  });
});
