// @ts-check
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRateLimiter } from '../../src/core/rate-limit.js';

describe('rate limiter', () => {
  it('allows a burst, then one message per refill interval', () => {
    let time = 0;
    const limiter = createRateLimiter({ perMinute: 6, burst: 2, now: () => time });
    assert.equal(limiter.take('alice'), 0);
    assert.equal(limiter.take('alice'), 0);
    assert.equal(limiter.take('alice'), 10_000);
    time = 9_999;
    assert.ok(limiter.take('alice') > 0);
    time = 10_000;
    assert.equal(limiter.take('alice'), 0);
    assert.ok(limiter.take('alice') > 0);
  });

  it('keeps a bucket per user', () => {
    const limiter = createRateLimiter({ perMinute: 1, burst: 1, now: () => 0 });
    assert.equal(limiter.take('alice'), 0);
    assert.ok(limiter.take('alice') > 0);
    assert.equal(limiter.take('bob'), 0);
  });

  it('forgets users whose buckets refilled, so memory stays bounded', () => {
    let time = 0;
    const limiter = createRateLimiter({ perMinute: 60, burst: 1, now: () => time });
    for (let i = 0; i < 10_000; i += 1) limiter.take(`user-${i}`);
    time = 1_000;
    limiter.take('late');
    assert.equal(limiter.size, 1);
  });
});
