// @ts-check
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { testEnv } from '../support/env.js';

const entry = fileURLToPath(new URL('../../src/index.js', import.meta.url));
const cwd = mkdtempSync(join(tmpdir(), 'shutdown-'));
after(() => rmSync(cwd, { recursive: true, force: true }));

const env = testEnv({
  PATH: process.env.PATH,
  LOG_LEVEL: 'warn',
  SESSION_STORE: 'sqlite',
  SQLITE_PATH: join(cwd, 'bot.db'),
});

/** @param {string} text the message answered */
const answered = (text) => new RegExp(`You said "${text}"`);
/** @type {import('node:child_process').ChildProcess[]} */
const children = [];
// A failed assertion must not leave a bot running, or the test runner would wait for it forever.
after(() => children.forEach((child) => child.exitCode === null && child.kill('SIGKILL')));

/**
 * Starts the real program with piped stdin; `printed` resolves once stdout matches.
 * @param {string[]} [nodeOptions] e.g. a module to preload
 */
function startBot(nodeOptions = []) {
  const child = spawn(process.execPath, [...nodeOptions, entry], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
  children.push(child);
  let stdout = '';
  let stderr = '';
  /** @type {(() => void)[]} */
  let waiting = [];
  child.stdout.setEncoding('utf8').on('data', (chunk) => {
    stdout += chunk;
    waiting.forEach((check) => check());
  });
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  /**
   * @param {RegExp} pattern
   * @returns {Promise<void>}
   */
  const printed = (pattern) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${pattern} in:\n${stdout}\n${stderr}`)), 10_000);
      const check = () => {
        if (!pattern.test(stdout)) return;
        clearTimeout(timer);
        waiting = waiting.filter((other) => other !== check);
        resolve();
      };
      waiting.push(check);
      check();
    });
  return { child, exited, printed, stderr: () => stderr };
}

describe('graceful shutdown', () => {
  it('loses no acknowledged message when SIGTERM arrives mid-conversation', async () => {
    const bot = startBot();
    await bot.printed(/is listening as/);
    /** @type {string[]} */
    const acknowledged = [];
    for (const text of ['first message', 'second message', 'third message']) {
      bot.child.stdin.write(`${text}\n`);
      await bot.printed(answered(text));
      acknowledged.push(text);
    }
    bot.child.stdin.write('fourth message, maybe answered\n');
    bot.child.kill('SIGTERM');
    assert.deepEqual(await bot.exited, { code: 0, signal: null }, bot.stderr());
    assert.equal(bot.stderr(), '');
    const wal = `${env.SQLITE_PATH}-wal`;
    assert.ok(!existsSync(wal) || statSync(wal).size === 0, 'the write-ahead log was checkpointed on close');

    const restarted = spawnSync(process.execPath, [entry], { cwd, env, input: '/history\n', encoding: 'utf8' });
    assert.equal(restarted.status, 0, restarted.stderr);
    for (const text of acknowledged) {
      assert.match(restarted.stdout, new RegExp(`^ {2}you: ${text}$`, 'm'), `${text} survived`);
      assert.match(restarted.stdout, new RegExp(`^ {2}bot: You said "${text}"`, 'm'));
    }
  });

  it('closes the store on a crash too, and exits with 1', async () => {
    // Preloaded into the bot: SIGUSR2 makes it throw outside any handler, as a bug would.
    const crash = "process.on('SIGUSR2', () => setImmediate(() => { throw new Error('boom'); }))";
    const bot = startBot([`--import=data:text/javascript,${encodeURIComponent(crash)}`]);
    await bot.printed(/is listening as/);
    bot.child.stdin.write('just before the crash\n');
    await bot.printed(answered('just before the crash'));
    bot.child.kill('SIGUSR2');
    assert.deepEqual(await bot.exited, { code: 1, signal: null });
    const logged = JSON.parse(bot.stderr().trim().split('\n')[0]);
    assert.equal(logged.level, 'error');
    assert.equal(logged.message, 'uncaught exception');
    assert.equal(logged.error.message, 'boom');
    const wal = `${env.SQLITE_PATH}-wal`;
    assert.ok(!existsSync(wal) || statSync(wal).size === 0, 'the store was closed');

    const restarted = spawnSync(process.execPath, [entry], { cwd, env, input: '/history\n', encoding: 'utf8' });
    assert.match(restarted.stdout, /^ {2}you: just before the crash$/m);
  });
});
