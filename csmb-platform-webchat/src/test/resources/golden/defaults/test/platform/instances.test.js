// @ts-check
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, describe, it } from 'node:test';
import { connect, say, startServer, userToken } from './support.js';

describe('several instances', { skip: process.env.REDIS_URL ? false : 'set REDIS_URL: needs a Redis server', timeout: 30_000 }, () => {
  /** @type {Awaited<ReturnType<typeof startServer>>[]} */
  const servers = [];
  /** @type {import('socket.io-client').Socket[]} */
  const sockets = [];
  after(async () => {
    sockets.forEach((socket) => socket.close());
    for (const server of servers) await server.stop();
  });

  it('show a visitor\'s exchange in their tab on another instance, through the socket.io Redis adapter', async () => {
    // Two instances sharing one Redis (sessions and socket.io), under a prefix of their own.
    const env = { REDIS_URL: String(process.env.REDIS_URL), SESSION_STORE: 'redis', REDIS_KEY_PREFIX: `test-${randomUUID()}:` };
    const [a, b] = [await startServer(env), await startServer(env)];
    servers.push(a, b);
    const auth = { userToken: await userToken('ivy') };
    const tab1 = await connect(a.url, { auth });
    const tab2 = await connect(b.url, { auth });
    sockets.push(tab1.socket, tab2.socket);
    const seen = new Promise((resolve) => tab2.socket.once('chat', resolve));
    const replies = await say(tab1.socket, 'across instances');
    assert.deepEqual(await seen, [{ role: 'user', text: 'across instances' }, ...replies.map((text) => ({ role: 'bot', text }))]);
    // The session lives in Redis, so the other instance shows it too.
    assert.match((await say(tab2.socket, '/history'))[0], /you: across instances/);
  });
});
