// @ts-check
// The harness of the session-sink suites (node --test also loads this file; it defines no test of its own): a fake
// of the service on 127.0.0.1, bots that write to it, and the program started the way a user starts it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createLogger } from '../../src/core/logger.js';
import { createRuntime } from '../../src/core/runtime.js';
import { openStore } from '../../src/core/stores/index.js';
import { loadTestConfig, testEnv, transcriptReply as reply } from './env.js';

const entry = fileURLToPath(new URL('../../src/index.js', import.meta.url));

/**
 * A request the fake service received.
 * @typedef {object} Received
 * @property {string} method
 * @property {string} url
 * @property {import('node:http').IncomingHttpHeaders} headers
 * @property {any} body
 * @property {number} at when it arrived, epoch milliseconds
 */

/**
 * What the fake answers a request with.
 * @typedef {object} Answer
 * @property {number} status
 * @property {Record<string, string>} [headers]
 * @property {unknown} body
 * @property {number} [delayMs]
 */

/**
 * A bot on a SQLite file, writing its sessions to the fake.
 * @typedef {object} Bot
 * @property {(text: string) => Promise<string>} say sends a message as terminal:alice and resolves to the reply
 * @property {() => Promise<void>} stop stops the bot (its sink included) and closes the store
 */

/**
 * The fake service of one suite and what it saw. The arrays are emptied and the numbers reset after each test.
 * @typedef {object} FakeService
 * @property {Received[]} received every request, in order of arrival
 * @property {((request: Received) => Answer | undefined)[]} planned one-off answers, used first, in order
 * @property {number} delayMs how long an answer waits unless it says otherwise
 * @property {number} answered how many answers were sent
 * @property {number} created how many rows the default answer created
 * @property {string[]} logs the bots' log lines
 * @property {(name: string, env?: Record<string, string>) => Promise<Bot>} startBot starts a bot on the SQLite file
 *   `name` in the suite's folder (so a second bot can open the same one), with the sink on and `env` on top
 * @property {(count: number) => Promise<void>} requests waits until the fake has received `count` requests (or fails
 *   after 10 s)
 * @property {(env: Record<string, string | undefined>) => import('node:child_process').SpawnSyncReturns<string>}
 *   startProgram runs `node src/index.js` in the suite's folder with the test environment and `env` on top (an
 *   undefined value leaves the variable out), and no input
 */

/**
 * A fake of the sink's service for the suite it is called in: listening before the suite's tests, reset after each,
 * closed after the last.
 * @param {object} options
 * @param {string} options.name the service, for the temporary folder's name
 * @param {(request: Received, created: number) => Answer} options.answer the default answer: to a create (POST;
 *   `created` counts them from 1) or an update
 * @param {(baseUrl: string) => Record<string, string>} options.env the variables that turn the sink on against the
 *   fake at `baseUrl`
 * @returns {FakeService}
 */
export function fakeService({ name, answer, env: sinkEnv }) {
  const cwd = mkdtempSync(join(tmpdir(), `${name}-sink-`));
  let baseUrl = '';

  /** @param {Received} request */
  function byDefault(request) {
    if (request.method === 'POST') service.created += 1;
    return answer(request, service.created);
  }

  const fake = createServer((request, response) => {
    /** @type {Buffer[]} */
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      /** @type {Received} */
      const got = { method: String(request.method), url: String(request.url), headers: request.headers, body: text ? JSON.parse(text) : undefined, at: Date.now() };
      service.received.push(got);
      const reply = service.planned.shift()?.(got) ?? byDefault(got);
      setTimeout(() => {
        service.answered += 1;
        response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
        response.end(JSON.stringify(reply.body));
      }, reply.delayMs ?? service.delayMs);
    });
  });

  /** @type {FakeService} */
  const service = {
    received: [],
    planned: [],
    delayMs: 0,
    answered: 0,
    created: 0,
    logs: [],

    async startBot(file, env = {}) {
      const config = loadTestConfig({
        ...sinkEnv(baseUrl),
        SESSION_STORE: 'sqlite',
        SQLITE_PATH: join(cwd, `${file}.db`),
        ...env,
      });
      const store = await openStore(config.store);
      const logger = createLogger({ level: 'info', stream: { write: (line) => service.logs.push(line) } });
      const bot = await createRuntime({ config, store, logger, reply });
      return {
        say: async (text) => (await bot.chat.handle({ channel: 'terminal', userId: 'alice', channelId: 'c', text })).join('\n'),
        async stop() {
          await bot.stop();
          await store.close();
        },
      };
    },

    async requests(count) {
      const deadline = Date.now() + 10_000;
      while (service.received.length < count) {
        assert.ok(Date.now() < deadline, `expected ${count} requests, got ${service.received.length}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },

    startProgram(env) {
      const variables = testEnv(env);
      return spawnSync(process.execPath, [entry], {
        cwd,
        env: { PATH: process.env.PATH, ...Object.fromEntries(Object.entries(variables).filter(([, v]) => v !== undefined)) },
        input: '',
        encoding: 'utf8',
      });
    },
  };

  before(async () => {
    await new Promise((resolve) => fake.listen(0, '127.0.0.1', () => resolve(undefined)));
    const address = fake.address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterEach(() => {
    service.received.length = 0;
    service.planned.length = 0;
    service.logs.length = 0;
    service.delayMs = 0;
    service.answered = 0;
    service.created = 0;
  });
  after(async () => {
    fake.closeAllConnections();
    await new Promise((resolve) => fake.close(() => resolve(undefined)));
    rmSync(cwd, { recursive: true, force: true });
  });
  return service;
}
