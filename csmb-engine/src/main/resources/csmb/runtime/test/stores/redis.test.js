// @ts-check
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRedisStore } from '../../src/core/stores/redis.js';
import { EnvReader } from '../../src/core/env.js';
import { readRedisConfig } from '../../src/core/redis.js';

const url = process.env.REDIS_URL;
const skip = url ? false : 'REDIS_URL is not set (e.g. redis://127.0.0.1:6379): the Redis store tests need a server';
const run = `redis-test-${process.pid}-${Date.now()}`;

/**
 * @param {string} name
 * @returns {import('../../src/core/types.js').Session}
 */
const session = (name) => ({
  id: name,
  userId: 'u:1',
  channelId: 'c1',
  status: 'active',
  createdAt: 1,
  updatedAt: 1,
  messageCount: 0,
});

describe('redis store', () => {
  /** @param {string} keyPrefix */
  const open = (keyPrefix, ttlSeconds = 60) => createRedisStore({ redis: { url: url ?? '', keyPrefix, ttlSeconds } });

  it('shares sessions and messages between two connections with the same prefix, as two instances do', { skip }, async () => {
    const [first, second] = await Promise.all([open(`${run}-shared:`), open(`${run}-shared:`)]);
    try {
      await first.saveSession(session('s1'));
      await first.appendMessage({ sessionId: 's1', role: 'user', text: 'hello', at: 2 });
      assert.deepEqual(await second.getSession('s1'), session('s1'));
      assert.deepEqual((await second.listMessages('s1', 5)).map((m) => m.text), ['hello']);
      assert.deepEqual((await second.listSessions({ userId: 'u:1', channelId: 'c1' })).map((s) => s.id), ['s1']);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it('keeps stores with different prefixes apart', { skip }, async () => {
    const [mine, theirs] = await Promise.all([open(`${run}-a:`), open(`${run}-b:`)]);
    try {
      await mine.saveSession(session('s1'));
      assert.equal(await theirs.getSession('s1'), undefined);
    } finally {
      await Promise.all([mine.close(), theirs.close()]);
    }
  });

  it('forgets a session and its messages once the time to live has passed', { skip }, async () => {
    const store = await open(`${run}-ttl:`, 1);
    try {
      await store.saveSession(session('s1'));
      await store.appendMessage({ sessionId: 's1', role: 'user', text: 'soon gone', at: 2 });
      await new Promise((resolve) => setTimeout(resolve, 2100));
      assert.equal(await store.getSession('s1'), undefined);
      assert.deepEqual(await store.listMessages('s1', 5), []);
      assert.deepEqual(await store.listSessions({ userId: 'u:1', channelId: 'c1' }), []);
    } finally {
      await store.close();
    }
  });
});

describe('redis settings', () => {
  it('refuses a REDIS_URL that is not a redis:// URL, without repeating it', () => {
    assert.throws(
      () => readRedisConfig(new EnvReader({ REDIS_URL: 'localhost:secret@6379' })),
      { message: 'Invalid REDIS_URL: expected redis://[user:password@]host:port[/db] or rediss://… for TLS.' },
    );
  });

  it('fails fast at start when the server cannot be reached, naming the host but not the password', async () => {
    await assert.rejects(
      createRedisStore({ redis: { url: 'redis://:hunter2@127.0.0.1:1', keyPrefix: 'x:', ttlSeconds: 60 } }),
      (error) => error instanceof Error && /^Cannot reach Redis at 127\.0\.0\.1:1 \(REDIS_URL\)/.test(error.message)
        && !error.message.includes('hunter2'),
    );
  });
});
