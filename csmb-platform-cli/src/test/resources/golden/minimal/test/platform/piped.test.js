// @ts-check
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createSqliteStore } from '../../src/core/stores/sqlite.js';
import { printable } from '../../src/platform/adapter.js';
import { testEnv } from '../support/env.js';

const entry = fileURLToPath(new URL('../../src/index.js', import.meta.url));
const replyModule = new URL('../../src/reply.js', import.meta.url).href;
const cwd = mkdtempSync(join(tmpdir(), 'piped-'));
after(() => rmSync(cwd, { recursive: true, force: true }));

// src/reply.js is the owner's to replace; these runs replace it with a reply that takes its time, as one that asks a
// model or a database does. A module resolve hook swaps the file for the real program, which is otherwise unchanged.
const slowReply = join(cwd, 'slow-reply.mjs');
writeFileSync(
  slowReply,
  `import { setTimeout as delay } from 'node:timers/promises';
export async function reply({ text }) {
  await delay(Number(process.env.TEST_REPLY_DELAY_MS));
  return 'echo: ' + text + ' \\u001b]2;from the model\\u0007';
}
`,
);
const hooks = join(cwd, 'hooks.mjs');
writeFileSync(
  hooks,
  `export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  return resolved.url === ${JSON.stringify(replyModule)} ? { ...resolved, url: ${JSON.stringify(pathToFileURL(slowReply).href)} } : resolved;
}
`,
);
const register = join(cwd, 'register.mjs');
writeFileSync(
  register,
  `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
);

/**
 * Runs the real program with piped lines and the slow reply.
 * @param {string[]} lines
 * @param {Record<string, string>} env
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string }>}
 */
function runPiped(lines, env) {
  const child = spawn(process.execPath, ['--import', pathToFileURL(register).href, entry], {
    cwd,
    env: testEnv({
      PATH: process.env.PATH,
      LOG_LEVEL: 'warn',
      ...env,
    }),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  child.stdin.end(lines.map((line) => `${line}\n`).join(''));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
}

describe('piped input', () => {
  it('answers every line in order when the reply takes time, then exits 0', async () => {
    const lines = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`);
    const { code, stdout, stderr } = await runPiped([...lines, '/history'], {
      SESSION_STORE: 'memory',
      CLI_USER: 'piper',
      TEST_REPLY_DELAY_MS: '50',
    });
    assert.equal(stderr, '', 'no error, no ERR_USE_AFTER_CLOSE');
    assert.equal(code, 0);
    const answers = stdout.split('\n').filter((line) => line.startsWith('echo: '));
    assert.deepEqual(
      answers.map((line) => line.replace(/ ␛.*$/, '')),
      lines.map((line) => `echo: ${line}`),
    );
    assert.match(stdout, /last 20 of 40 messages/, '/history ran after every reply was stored');
  });

  it('neutralises escape sequences from the user and from the reply in what it prints', async () => {
    const { code, stdout } = await runPiped(['look \u001b]2;pwned\u0007 \u009b31m red \u001b[2J', '/history'], {
      SESSION_STORE: 'memory',
      TEST_REPLY_DELAY_MS: '1',
    });
    assert.equal(code, 0);
    for (const [char, name] of [['\u001b', 'escape'], ['\u0007', 'bell'], ['\u009b', 'CSI']]) {
      assert.ok(!stdout.includes(char), `no ${name} reaches the terminal`);
    }
    assert.match(stdout, /^ {2}you: look ␛\]2;pwned␇ \\u\{9b\}31m red ␛\[2J$/m);
    assert.match(stdout, /␛\]2;from the model␇$/m);
  });
});

describe('two processes on one SQLite file', () => {
  it('answers all 2 × 1,000 lines without an error and keeps the counts', async () => {
    const path = join(cwd, 'shared.db');
    const lines = Array.from({ length: 1000 }, (_, i) => `message ${i}`);
    const env = { SESSION_STORE: 'sqlite', SQLITE_PATH: path, CLI_USER: 'both', TEST_REPLY_DELAY_MS: '0' };
    const runs = await Promise.all([runPiped(lines, env), runPiped(lines, env)]);
    for (const { code, stdout, stderr } of runs) {
      assert.equal(stderr, '', 'no "database is locked" or other error');
      assert.equal(code, 0);
      assert.doesNotMatch(stdout, /Sorry, something went wrong/);
      assert.equal(stdout.split('\n').filter((line) => line.startsWith('echo: ')).length, 1000);
    }
    const store = createSqliteStore({ path });
    try {
      const sessions = await store.listAllSessions();
      assert.ok(sessions.length >= 1);
      assert.ok(sessions.filter((s) => s.status === 'active').length <= 1, 'at most one active session');
      let stored = 0;
      for (const session of sessions) {
        const messages = await store.listMessages(session.id, Number.MAX_SAFE_INTEGER);
        assert.equal(session.messageCount, messages.length, `the count of ${session.id} matches its rows`);
        stored += messages.length;
      }
      assert.equal(stored, 4000, 'every line and every answer stored');
    } finally {
      await store.close();
    }
  });
});

describe('printable', () => {
  it('shows control characters as symbols and keeps tabs, newlines and ordinary text', () => {
    assert.equal(printable('a\tb\nc'), 'a\tb\nc');
    assert.equal(printable('line\r\nnext'), 'line\nnext');
    assert.equal(printable('\u001b]2;title\u0007'), '␛]2;title␇');
    assert.equal(printable('over\rwrite\b\u007f'), 'over␍write␈␡');
    assert.equal(printable('\u009b2J \u0085'), '\\u{9b}2J \\u{85}');
    assert.equal(printable('abc\u202edef'), 'abc\\u{202e}def');
    assert.equal(printable('Grüße 👋 日本'), 'Grüße 👋 日本');
  });
});
