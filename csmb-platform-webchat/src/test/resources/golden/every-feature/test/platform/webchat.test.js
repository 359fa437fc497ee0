// @ts-check
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { decodeJwt, SignJWT } from 'jose';
import { connect, SECRET, say, startServer } from './support.js';

const TIMEOUT = { timeout: 30_000 };
const ECHO = /^You said "hello bot"/;
const dir = mkdtempSync(join(tmpdir(), 'webchat-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const REDIS = {};
const skip = false;

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
  it('answers a message, and shows the conversation again after a reload with the token', TIMEOUT, async () => {
    const { url } = await server();
    const first = await visit(url);
    assert.deepEqual(first.welcome.history, []);
    const replies = await say(first.socket, 'hello bot');
    const answer = String(replies.at(-1));
    assert.match(answer, ECHO);
    first.socket.close();

    const reload = await visit(url, { auth: { visitorToken: first.welcome.visitorToken } });
    assert.equal(decodeJwt(reload.welcome.visitorToken).sub, decodeJwt(first.welcome.visitorToken).sub);
    assert.deepEqual(reload.welcome.history.map((m) => [m.role, m.text]), [
      ['user', 'hello bot'],
      ['bot', answer],
    ]);
  });

  it('makes an absent, forged or foreign token a new visitor with an empty history', TIMEOUT, async () => {
    const { url } = await server();
    const first = await visit(url);
    await say(first.socket, 'hello bot');
    const id = decodeJwt(first.welcome.visitorToken).sub;
    // The same claims, signed with another key; the real token with its payload changed; a guess at the id.
    const otherKey = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(String(id))
      .setAudience('webchat-visitor').setExpirationTime('1h').sign(new TextEncoder().encode(`${SECRET}-not`));
    const [header, , signature] = first.welcome.visitorToken.split('.');
    const changed = `${header}.${Buffer.from(JSON.stringify({ sub: id, aud: 'webchat-visitor' })).toString('base64url')}.${signature}`;
    for (const visitorToken of [undefined, '', otherKey, changed, String(id)]) {
      const other = await visit(url, { auth: { visitorToken } });
      assert.deepEqual(other.welcome.history, [], `token ${visitorToken}`);
      assert.notEqual(decodeJwt(other.welcome.visitorToken).sub, id);
    }
  });

  it('answers commands, and /history after a restart on the same SQLite file', TIMEOUT, async () => {
    const env = { SESSION_STORE: 'sqlite', SQLITE_PATH: join(dir, 'restart.db') };
    const first = await server(env);
    const { socket, welcome } = await visit(first.url);
    const auth = { visitorToken: welcome.visitorToken };
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
    // What a visitor sends besides the token never chooses who they are.
    const [a, b] = await Promise.all([visit(url, { auth: { userId: 'bob' } }), visit(url, { auth: { userId: 'ann' } })]);
    const ids = [a, b].map(({ welcome }) => String(decodeJwt(welcome.visitorToken).sub));
    assert.notEqual(ids[0], ids[1]);
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
    const tab1 = await visit(url);
    const auth = { visitorToken: tab1.welcome.visitorToken };
    const tab2 = await visit(url, { auth });
    const seen = new Promise((resolve) => tab2.socket.once('chat', resolve));
    const replies = await say(tab1.socket, 'hello bot');
    assert.deepEqual(await seen, [{ role: 'user', text: 'hello bot' }, ...replies.map((text) => ({ role: 'bot', text }))]);
  });

  it('refuses pages from origins that are not allowed', TIMEOUT, async () => {
    const { url } = await server({ WEBCHAT_ALLOWED_ORIGINS: 'https://shop.example' });
    /** @type {Record<string, unknown>} */
    const auth = {};
    await assert.rejects(visit(url, { auth, origin: 'https://evil.example' }));
    await assert.rejects(visit(url, { auth, origin: 'null' }));
    assert.ok(await visit(url, { auth, origin: 'https://shop.example' }));
    assert.ok(await visit(url, { auth, origin: url }), 'the server\'s own pages');
  });

  it('branches a conversation', TIMEOUT, async () => {
    const { url } = await server();
    const { socket } = await visit(url);
    await say(socket, 'the trunk');
    assert.match((await say(socket, '/branch idea'))[0], /idea/);
    assert.match((await say(socket, '/branches'))[0], /idea/);
    assert.match((await say(socket, '/history'))[0], /you: the trunk/);
  });
});
