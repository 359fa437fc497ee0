// @ts-check
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { connect, say, startServer, userToken } from './support.js';

const TIMEOUT = { timeout: 30_000 };
const ECHO = /^You said "hello bot"/;
const dir = mkdtempSync(join(tmpdir(), 'webchat-'));
after(() => rmSync(dir, { recursive: true, force: true }));
// Real-time sync joins instances through Redis; these tests run one instance, on the server the tests were given.
const REDIS = process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : undefined;
const skip = REDIS ? false : 'set REDIS_URL: real-time sync needs a Redis server';

/** @type {Awaited<ReturnType<typeof startServer>>[]} */
const servers = [];
/** @type {import('socket.io-client').Socket[]} */
const sockets = [];
after(async () => {
  sockets.forEach((socket) => socket.close());
  for (const server of servers) await server.stop();
});

/** @param {Record<string, string>} [env] */
async function server(env = {}) {
  const started = await startServer({ ...REDIS, ...env });
  servers.push(started);
  return started;
}

/**
 * @param {string} url
 * @param {Parameters<typeof connect>[1]} [options]
 */
async function visit(url, options) {
  const connected = await connect(url, options);
  sockets.push(connected.socket);
  return connected;
}

describe('web chat over socket.io', { skip }, () => {
  it('answers a signed-in visitor, and shows the conversation again after a reload', TIMEOUT, async () => {
    const { url } = await server();
    const token = await userToken('alice');
    const first = await visit(url, { auth: { userToken: token } });
    assert.equal(first.welcome.user, 'alice');
    assert.deepEqual(first.welcome.history, []);
    const replies = await say(first.socket, 'hello bot');
    const answer = String(replies.at(-1));
    assert.match(answer, ECHO);
    first.socket.close();

    const reload = await visit(url, { auth: { userToken: token } });
    assert.deepEqual(reload.welcome.history.map((m) => [m.role, m.text]), [
      ['user', 'hello bot'],
      ['bot', answer],
    ]);
  });

  it('refuses a visitor without a token, or with one the site did not sign', TIMEOUT, async () => {
    const { url } = await server();
    await assert.rejects(visit(url), /unauthorized/);
    await assert.rejects(visit(url, { auth: { userToken: await userToken('alice', 'another-secret-0123456789abcdef') } }), /unauthorized/);
    const forged = (await userToken('alice')).replace(/\.([^.]+)\./, (_, payload) => `.${payload.slice(0, -2)}xx.`);
    await assert.rejects(visit(url, { auth: { userToken: forged } }), /unauthorized/);
  });

  it('knows a visitor by the site\'s token only: naming another user makes no one an admin', TIMEOUT, async () => {
    const { url } = await server({ ADMIN_USERS: 'webchat:boss' });
    const alice = await visit(url, { auth: { userToken: await userToken('alice'), userId: 'boss', user: 'boss' } });
    const [whoami] = await say(alice.socket, '/whoami');
    assert.match(whoami, /webchat:alice/);
    assert.doesNotMatch(whoami, /admin/);
    const boss = await visit(url, { auth: { userToken: await userToken('boss') } });
    assert.match((await say(boss.socket, '/whoami'))[0], /webchat:boss.*admin/);
  });

  it('answers commands, and /history after a restart on the same SQLite file', TIMEOUT, async () => {
    const env = { SESSION_STORE: 'sqlite', SQLITE_PATH: join(dir, 'restart.db') };
    const first = await server(env);
    const auth = { userToken: await userToken('carol') };
    const { socket } = await visit(first.url, { auth });
    const [help] = await say(socket, '/help');
    assert.match(help, /^ {2}\/history - /m);
    assert.match(String((await say(socket, 'remember this')).at(-1)), /^You said "remember this"/);
    socket.close();
    await first.stop();
    servers.splice(servers.indexOf(first), 1);

    const second = await server(env);
    const again = await visit(second.url, { auth });
    assert.equal(again.welcome.history[0]?.text, 'remember this');
    const [history] = await say(again.socket, '/history');
    assert.match(history, /^ {2}you: remember this$/m);
  });

  it('keeps two visitors writing at once in their own sessions', TIMEOUT, async () => {
    const { url, runtime } = await server();
    const [a, b] = await Promise.all([
      visit(url, { auth: { userToken: await userToken('ann') } }),
      visit(url, { auth: { userToken: await userToken('bob') } }),
    ]);
    const ids = ['ann', 'bob'];
    await Promise.all([say(a.socket, 'from a 1'), say(b.socket, 'from b 1'), say(a.socket, 'from a 2'), say(b.socket, 'from b 2')]);
    const [historyA] = await say(a.socket, '/history');
    const [historyB] = await say(b.socket, '/history');
    assert.match(historyA, /^ {2}you: from a 1$/m);
    assert.match(historyA, /^ {2}you: from a 2$/m);
    assert.doesNotMatch(historyA, /from b/);
    assert.doesNotMatch(historyB, /from a/);
    for (const id of ids) {
      const sessions = await runtime.store.listSessions({ userId: `webchat:${id}`, channelId: `webchat:${id}` });
      assert.equal(sessions.length, 1, `one session for webchat:${id}`);
      assert.equal(sessions[0].messageCount, 4, 'two messages and two answers');
    }
  });

  it('shows a visitor\'s message and the reply in their other tabs', TIMEOUT, async () => {
    const { url } = await server();
    const auth = { userToken: await userToken('dana') };
    const tab1 = await visit(url, { auth });
    const tab2 = await visit(url, { auth });
    const seen = new Promise((resolve) => tab2.socket.once('chat', resolve));
    const replies = await say(tab1.socket, 'hello bot');
    assert.deepEqual(await seen, [{ role: 'user', text: 'hello bot' }, ...replies.map((text) => ({ role: 'bot', text }))]);
  });

  it('refuses pages from origins that are not allowed', TIMEOUT, async () => {
    const { url } = await server({ WEBCHAT_ALLOWED_ORIGINS: 'https://shop.example' });
    const auth = { userToken: await userToken('erin') };
    await assert.rejects(visit(url, { auth, origin: 'https://evil.example' }));
    await assert.rejects(visit(url, { auth, origin: 'null' }));
    assert.ok(await visit(url, { auth, origin: 'https://shop.example' }));
    assert.ok(await visit(url, { auth, origin: url }), 'the server\'s own pages');
  });
});
