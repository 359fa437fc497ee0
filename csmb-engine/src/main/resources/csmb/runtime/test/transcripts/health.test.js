// @ts-check
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadTestConfig, transcriptReply as reply } from '../support/env.js';
import { createLogger } from '../../src/core/logger.js';
import { createRuntime } from '../../src/core/runtime.js';
import { createMemoryStore } from '../../src/core/stores/memory.js';

/**
 * A runtime on `store`, serving HTTP on a free port.
 * @param {import('../../src/core/types.js').Store} store
 */
async function start(store) {
  const bot = await createRuntime({ config: loadTestConfig({}), store, logger: createLogger({ level: 'error' }), reply });
  const port = await bot.http.listen(0);
  return { bot, url: `http://127.0.0.1:${port}/healthz` };
}

describe('health transcript', () => {
  it('answers 200 while the store answers', async () => {
    const { bot, url } = await start(createMemoryStore());
    try {
      const response = await fetch(url);
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { status: 'ok', store: 'ok' });
    } finally {
      await bot.http.close();
      await bot.stop();
    }
  });

  it('answers 503 when the store fails, without saying why', async () => {
    const store = createMemoryStore();
    store.getSession = async () => {
      throw new Error('connection lost to secret-host');
    };
    const { bot, url } = await start(store);
    try {
      const response = await fetch(url);
      assert.equal(response.status, 503);
      const body = await response.text();
      assert.deepEqual(JSON.parse(body), { status: 'unavailable', store: 'unavailable' });
      assert.doesNotMatch(body, /secret-host/);
    } finally {
      await bot.http.close();
      await bot.stop();
    }
  });
});
