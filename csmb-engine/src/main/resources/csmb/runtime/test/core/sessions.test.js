// @ts-check
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { createEventBus } from '../../src/core/events.js';
import { createLogger } from '../../src/core/logger.js';
import { createSessionManager, SessionError, shortId } from '../../src/core/sessions.js';
import { createMemoryStore } from '../../src/core/stores/memory.js';

const alice = { userId: 'alice', channelId: 'general' };
const bob = { userId: 'bob', channelId: 'general' };
const MINUTE = 60_000;

describe('session manager', () => {
  let time = 0;
  /** @type {import('../../src/core/sessions.js').SessionManager} */
  let sessions;
  beforeEach(() => {
    time = Date.UTC(2025, 0, 1);
    sessions = createSessionManager({ store: createMemoryStore(), idleTimeoutMs: 30 * MINUTE, now: () => time });
  });

  it('starts an active session for the scope', async () => {
    const session = await sessions.start(alice);
    assert.equal(session.status, 'active');
    assert.equal(session.userId, 'alice');
    assert.equal(session.messageCount, 0);
    assert.equal((await sessions.current(alice)).session?.id, session.id);
  });

  it('keeps scopes apart', async () => {
    await sessions.start(alice);
    assert.equal((await sessions.current(bob)).session, undefined);
    assert.deepEqual(await sessions.list(bob), []);
  });

  it('pauses the current session when a new one starts, and resumes it by id prefix', async () => {
    const first = await sessions.start(alice);
    time += 1000;
    const second = await sessions.start(alice);
    assert.deepEqual(
      (await sessions.list(alice)).map((s) => [s.id, s.status]),
      [
        [second.id, 'active'],
        [first.id, 'paused'],
      ],
    );

    time += 1000;
    const resumed = await sessions.resume(alice, shortId(first));
    assert.equal(resumed.id, first.id);
    assert.equal(resumed.status, 'active');
    assert.equal((await sessions.list(alice)).find((s) => s.id === second.id)?.status, 'paused');
  });

  it('records messages, counts them and returns the history oldest first', async () => {
    let session = await sessions.start(alice);
    session = await sessions.record(session, 'user', 'hello');
    session = await sessions.record(session, 'bot', 'hi!');
    assert.equal(session.messageCount, 2);
    assert.deepEqual(
      (await sessions.history(session, 10)).map((m) => `${m.role}:${m.text}`),
      ['user:hello', 'bot:hi!'],
    );
  });

  it('completes the active session on end, and can resume a completed one', async () => {
    const session = await sessions.start(alice);
    assert.equal((await sessions.end(alice))?.status, 'completed');
    assert.equal((await sessions.current(alice)).session, undefined);
    assert.equal(await sessions.end(alice), undefined);
    assert.equal((await sessions.resume(alice, session.id)).status, 'active');
  });

  it('archives a session that is not active, hiding it and refusing to resume it', async () => {
    const session = await sessions.start(alice);
    await assert.rejects(sessions.archive(alice, session.id), SessionError);
    await sessions.end(alice);
    assert.equal((await sessions.archive(alice, session.id)).status, 'archived');
    assert.deepEqual(await sessions.list(alice), []);
    await assert.rejects(sessions.resume(alice, session.id), /archived/);
  });

  it('refuses unknown, ambiguous and other users\u2019 sessions', async () => {
    let next = 0;
    const ids = createSessionManager({
      store: createMemoryStore(),
      idleTimeoutMs: MINUTE,
      newId: () => `abc${(next += 1)}`,
    });
    await ids.start(bob);
    await ids.start(alice);
    await ids.start(alice);
    await assert.rejects(ids.resume(alice, 'abc1'), /No session abc1/);
    await assert.rejects(ids.resume(alice, 'abc'), /matches 2 sessions/);
    await assert.rejects(ids.resume(alice, ' '), /Which session/);
    assert.equal((await ids.resume(alice, 'ABC2')).id, 'abc2');
  });

  it('pauses an active session idle past the timeout and reports it as expired', async () => {
    const session = await sessions.start(alice);
    time += 30 * MINUTE - 1;
    assert.equal((await sessions.current(alice)).session?.id, session.id);

    time += 1;
    const { session: current, expired } = await sessions.current(alice);
    assert.equal(current, undefined);
    assert.equal(expired?.id, session.id);
    assert.equal(expired?.status, 'paused');
    assert.equal((await sessions.list(alice))[0].status, 'paused');
  });

  it('counts activity from the last message, not from the start', async () => {
    let session = await sessions.start(alice);
    time += 20 * MINUTE;
    session = await sessions.record(session, 'user', 'still here');
    time += 20 * MINUTE;
    assert.equal((await sessions.current(alice)).session?.id, session.id);
  });

  it('emits an event for every change, after storing it', async () => {
    const store = createMemoryStore();
    const events = createEventBus({ logger: createLogger({ level: 'error' }) });
    /** @type {string[]} */
    const seen = [];
    /** @type {Promise<[string, string | undefined]>[]} what the store held when each event came */
    const stored = [];
    for (const name of /** @type {const} */ ([
      'sessionStarted',
      'sessionResumed',
      'sessionPaused',
      'sessionEnded',
      'sessionArchived',
    ])) {
      events.on(name, ({ session }) => {
        seen.push(`${name} ${session.id} ${session.status}`);
        stored.push(store.getSession(session.id).then((s) => [session.status, s?.status]));
      });
    }
    events.on('messageRecorded', ({ session, message }) => {
      seen.push(`messageRecorded ${session.id} ${session.messageCount} ${message.role}:${message.text}`);
    });
    let next = 0;
    const manager = createSessionManager({ store, idleTimeoutMs: MINUTE, events, newId: () => `s${(next += 1)}` });

    const first = await manager.start(alice);
    await manager.record(first, 'user', 'hi');
    await manager.start(alice);
    await manager.resume(alice, 's1');
    await manager.end(alice);
    await manager.archive(alice, 's1');
    for (const [status, inStore] of await Promise.all(stored)) assert.equal(inStore, status);
    assert.deepEqual(seen, [
      'sessionStarted s1 active',
      'messageRecorded s1 1 user:hi',
      'sessionPaused s1 paused',
      'sessionStarted s2 active',
      'sessionPaused s2 paused',
      'sessionResumed s1 active',
      'sessionEnded s1 completed',
      'sessionArchived s1 archived',
    ]);
  });
});
