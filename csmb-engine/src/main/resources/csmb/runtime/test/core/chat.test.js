// @ts-check
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { createChat } from '../../src/core/chat.js';
import { createCommandRouter, registerSessionCommands } from '../../src/core/commands.js';
import { currentLocale } from '../../src/core/i18n.js';
import { createLogger } from '../../src/core/logger.js';
import { createSessionManager } from '../../src/core/sessions.js';
import { createMemoryStore } from '../../src/core/stores/memory.js';
import { reply } from '../../src/reply.js';

/** @typedef {import('../../src/core/chat.js').ContextInput} ContextInput */

const MINUTE = 60_000;

describe('chat with the session commands', () => {
  let time = 0;
  let next = 0;
  /** @type {string[]} */
  let logs;
  /** @type {import('../../src/core/commands.js').CommandRouter} */
  let commands;
  /** @type {import('../../src/core/sessions.js').SessionManager} */
  let sessions;
  /** @type {import('../../src/core/types.js').Store} */
  let store;
  /** @type {import('../../src/core/logger.js').Logger} */
  let logger;
  /** @type {import('../../src/core/chat.js').Chat} */
  let chat;
  /** @type {(text: string, userId?: string) => Promise<string>} */
  let say;

  beforeEach(() => {
    time = Date.UTC(2025, 0, 31, 14, 5);
    next = 0;
    logs = [];
    store = createMemoryStore();
    sessions = createSessionManager({
      store,
      idleTimeoutMs: 30 * MINUTE,
      now: () => time,
      newId: () => `${(next += 1)}`.padStart(8, '0') + '-uuid',
    });
    commands = registerSessionCommands(createCommandRouter(), sessions);
    logger = createLogger({ level: 'debug', stream: { write: (line) => logs.push(line) } });
    chat = createChat({ sessions, commands, reply, logger });
    say = async (text, userId = 'alice') => (await chat.handle({ channel: 'terminal', userId, channelId: 'c', text })).join('\n');
  });

  it('refuses a message over the length limit with an answer saying so, and stores nothing', async () => {
    const limited = createChat({ sessions, commands, reply, logger, maxMessageLength: 10 });
    /** @param {string} text */
    const send = async (text) => (await limited.handle({ channel: 'terminal', userId: 'alice', channelId: 'c', text })).join('\n');
    assert.equal(await send('x'.repeat(11)), 'That message is 11 characters long; I take at most 10. Please send it in shorter parts.');
    assert.equal(await send(`/new ${'x'.repeat(20)}`), 'That message is 25 characters long; I take at most 10. Please send it in shorter parts.');
    assert.deepEqual(await store.listSessions({ userId: 'terminal:alice', channelId: 'terminal:c' }), []);
    assert.match(await send('x'.repeat(10)), /^Started session/, 'the limit itself is fine');
  });

  it('lists every registered command in /help', async () => {
    const help = await say('/help');
    for (const name of ['help', 'new', 'sessions', 'resume <id>', 'history', 'end', 'archive <id>']) {
      assert.match(help, new RegExp(`^  /${name} - \\S`, 'm'));
    }
    commands.register({ name: 'ping', description: 'Check that I am here', run: () => 'pong' });
    assert.match(await say('/help'), /\/ping - Check that I am here/);
    assert.equal(await say('/PING'), 'pong');
  });

  it('starts a session on the first message and answers through reply()', async () => {
    assert.equal(
      await say('hello'),
      'Started session 00000001.\nYou said "hello" (1 message in this session so far). Type /help to see what I can do.',
    );
    assert.equal(
      await say('again'),
      'You said "again" (3 messages in this session so far). Type /help to see what I can do.',
    );
  });

  it('shows the history of the active session', async () => {
    assert.match(await say('/history'), /No active session/);
    await say('hello');
    assert.equal(
      await say('/history'),
      [
        'Session 00000001, last 2 of 2 messages:',
        '  you: hello',
        '  bot: You said "hello" (1 message in this session so far). Type /help to see what I can do.',
      ].join('\n'),
    );
  });

  it('lists, switches, ends and archives sessions', async () => {
    assert.match(await say('/sessions'), /No sessions yet/);
    await say('first');
    time += MINUTE;
    assert.equal(await say('/new'), 'Started session 00000002.');
    assert.equal(
      await say('/sessions'),
      [
        'Your sessions (* = active):',
        '* 00000002  active       0 messages  last used 2025-01-31 14:06 UTC',
        '  00000001  paused       2 messages  last used 2025-01-31 14:06 UTC',
        'Use /resume <id> to switch.',
      ].join('\n'),
    );
    assert.equal(await say('/resume 00000001'), 'Resumed session 00000001 (2 messages). /history shows them.');
    assert.match(await say('/history'), /you: first/);
    assert.equal(await say('/end'), 'Completed session 00000001. Your next message starts a new one.');
    assert.equal(await say('/end'), 'No active session to end.');
    assert.equal(await say('/archive 0000000'), '0000000 matches 2 sessions; type more of its id.');
    assert.equal(await say('/archive 00000001'), 'Archived session 00000001.');
    assert.doesNotMatch(await say('/sessions'), /00000001/);
  });

  it('does not let one user see or resume another user\u2019s sessions', async () => {
    await say('mine', 'alice');
    assert.match(await say('/sessions', 'bob'), /No sessions yet/);
    assert.equal(await say('/resume 00000001', 'bob'), 'No session 00000001. See /sessions for your sessions.');
  });

  it('tells the user when an idle session was paused and how to get back', async () => {
    await say('hello');
    time += 31 * MINUTE;
    assert.match(
      await say('back again'),
      /^Session 00000001 was idle too long and is paused; \/resume 00000001 returns to it\.\nStarted session 00000002\./,
    );
  });

  it('answers unknown commands and ignores blank lines', async () => {
    assert.equal(await say('/nope'), 'Unknown command /nope. Type /help to see the commands.');
    assert.equal(await say('   '), '');
  });

  it('apologises and logs when something breaks, without leaking the error to the user', async () => {
    commands.register({
      name: 'boom',
      description: 'Fail',
      run: () => {
        throw new Error('disk on fire');
      },
    });
    assert.equal(await say('/boom'), 'Sorry, something went wrong on my side. Please try again.');
    assert.equal(logs.length, 1);
    const entry = JSON.parse(logs[0]);
    assert.equal(entry.level, 'error');
    assert.equal(entry.error.message, 'disk on fire');
  });

  it('lets a guard refuse a message or command: its replies are sent and nothing is stored', async () => {
    chat.addGuard(({ userId }) => (userId === 'terminal:mallory' ? ['You are not on the list.'] : undefined));
    chat.addGuard(async ({ text }) => (text === 'let me' ? ['Second guard.'] : undefined));
    assert.equal(await say('hello', 'mallory'), 'You are not on the list.');
    assert.equal(await say('/new', 'mallory'), 'You are not on the list.');
    assert.deepEqual(await store.listSessions({ userId: 'terminal:mallory', channelId: 'terminal:c' }), []);
    assert.equal(await say('let me'), 'Second guard.');
    assert.deepEqual(await store.listSessions({ userId: 'terminal:alice', channelId: 'terminal:c' }), []);
    assert.match(await say('hello'), /^Started session/);
  });

  it('runs the same guards through admit, with prefixed ids, for what a platform receives outside a message', async () => {
    /** @type {import('../../src/core/chat.js').Caller[]} */
    const seen = [];
    chat.addGuard((message) => {
      seen.push(message);
      return message.userId === 'terminal:mallory' ? ['You are not on the list.'] : undefined;
    });
    const file = { channel: 'terminal', userId: 'mallory', channelId: 'c', text: '' };
    assert.deepEqual(await chat.admit(file), ['You are not on the list.']);
    assert.equal(await chat.admit({ ...file, userId: 'alice' }), undefined);
    assert.deepEqual(seen, [
      { channel: 'terminal', userId: 'terminal:mallory', channelId: 'terminal:c', text: '' },
      { channel: 'terminal', userId: 'terminal:alice', channelId: 'terminal:c', text: '' },
    ]);
    assert.deepEqual(await store.listSessions({ userId: 'terminal:alice', channelId: 'terminal:c' }), [], 'admit stores nothing');
    assert.equal(await say('hello', 'mallory'), 'You are not on the list.', 'and handle refuses the same way');
  });

  it('answers admit in the locale the resolver picks, and refuses with an apology when a guard fails', async () => {
    chat.setLocaleResolver(() => 'es');
    chat.addGuard(() => [currentLocale()]);
    const file = { channel: 'terminal', userId: 'ana', channelId: 'c', text: '' };
    assert.deepEqual(await chat.admit(file), ['es']);
    const failing = createChat({ sessions, commands, reply, logger });
    failing.addGuard(() => {
      throw new Error('limiter away');
    });
    assert.deepEqual(await failing.admit(file), ['Sorry, something went wrong on my side. Please try again.']);
    assert.equal(JSON.parse(logs.at(-1) ?? '{}').error.message, 'limiter away');
  });

  it('hands reply() the context the providers build, in order', async () => {
    /** @type {unknown[]} */
    const contexts = [];
    const custom = createChat({
      sessions,
      commands,
      logger,
      reply: ({ context }) => {
        contexts.push(context);
        return 'ok';
      },
    });
    // These parts are made up for the test; ReplyContext declares only the selected modules' parts.
    const addProvider = /** @type {(provider: (input: ContextInput) => object) => void} */ (custom.addContextProvider);
    addProvider(({ message, session }) => ({ user: message.userId, count: session.messageCount }));
    addProvider(async () => ({ count: 42 }));
    const replies = await custom.handle({ channel: 'terminal', userId: 'alice', channelId: 'c', text: 'hi' });
    assert.deepEqual(replies, ['Started session 00000001.', 'ok']);
    assert.deepEqual(contexts, [{ user: 'terminal:alice', count: 42 }]);
  });

  it('answers in the locale the resolver picks, and in the default one when it fails', async () => {
    const custom = createChat({ sessions, commands, logger, reply: () => currentLocale() });
    custom.setLocaleResolver(({ userId }) => (userId === 'terminal:ana' ? 'es' : undefined));
    /** @param {string} userId */
    const localeFor = async (userId) => (await custom.handle({ channel: 'terminal', userId, channelId: 'c', text: 'hi' })).at(-1);
    assert.equal(await localeFor('ana'), 'es');
    assert.equal(await localeFor('bob'), 'en');
    custom.setLocaleResolver(() => {
      throw new Error('no locale store');
    });
    assert.equal(await localeFor('ana'), 'en');
    assert.equal(JSON.parse(logs.at(-1) ?? '{}').error.message, 'no locale store');
  });
});
