// @ts-check
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEventBus } from '../../src/core/events.js';
import { createLogger } from '../../src/core/logger.js';

/** @type {import('../../src/core/types.js').Session} */
const session = {
  id: 's1',
  userId: 'u1',
  channelId: 'c1',
  status: 'active',
  createdAt: 1,
  updatedAt: 1,
  messageCount: 0,
};

describe('event bus', () => {
  /** @param {string[]} logs where the bus logs failing listeners */
  const bus = (logs) =>
    createEventBus({ logger: createLogger({ level: 'error', stream: { write: (line) => logs.push(line) } }) });

  it('calls the listeners of an event in subscription order until they unsubscribe', () => {
    const events = bus([]);
    /** @type {string[]} */
    const calls = [];
    events.on('sessionStarted', ({ session: s }) => void calls.push(`first ${s.id}`));
    const off = events.on('sessionStarted', () => void calls.push('second'));
    events.on('sessionEnded', () => void calls.push('other event'));
    events.emit('sessionStarted', { session });
    off();
    events.emit('sessionStarted', { session });
    assert.deepEqual(calls, ['first s1', 'second', 'first s1']);
  });

  it('logs a listener that throws or rejects and still calls the others', async () => {
    /** @type {string[]} */
    const logs = [];
    const events = bus(logs);
    let delivered = 0;
    events.on('sessionPaused', () => {
      throw new Error('sync failure');
    });
    events.on('sessionPaused', async () => {
      throw new Error('async failure');
    });
    events.on('sessionPaused', async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      delivered += 1;
    });
    events.emit('sessionPaused', { session });
    await events.settled();
    assert.equal(delivered, 1);
    assert.deepEqual(
      logs.map((line) => JSON.parse(line).error.message),
      ['sync failure', 'async failure'],
    );
  });
});
