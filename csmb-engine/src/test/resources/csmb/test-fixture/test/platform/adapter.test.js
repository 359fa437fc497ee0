// @ts-check
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { createAdapter } from '../../src/platform/adapter.js';

it('hands a message to the core and returns its replies', async () => {
  /** @type {unknown[]} */
  const received = [];
  const chat = /** @type {import('../../src/core/chat.js').Chat} */ (
    /** @type {unknown} */ ({
      /** @param {unknown} message */
      handle: async (message) => {
        received.push(message);
        return ['pong'];
      },
    })
  );
  const config = /** @type {import('../../src/config.js').Config} */ (
    /** @type {unknown} */ ({ platform: { userId: 'ada' } })
  );
  const logger = /** @type {import('../../src/core/logger.js').Logger} */ (
    /** @type {unknown} */ ({ info() {}, debug() {}, warn() {}, error() {} })
  );
  const commands = /** @type {import('../../src/core/commands.js').CommandRouter} */ (/** @type {unknown} */ ({}));
  const adapter = createAdapter({ config, chat, commands, logger, onEnd: () => {} });
  await adapter.start();
  assert.deepEqual(await adapter.receive('ping'), ['pong']);
  assert.deepEqual(received, [{ userId: 'ada', channelId: 'fixture', text: 'ping' }]);
  await adapter.stop();
});
