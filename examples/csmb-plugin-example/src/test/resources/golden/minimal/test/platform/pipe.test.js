// @ts-check
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { testEnv } from '../support/env.js';

const entry = fileURLToPath(new URL('../../src/index.js', import.meta.url));

const env = testEnv({
  PATH: process.env.PATH,
  LOG_LEVEL: 'error',
  SESSION_STORE: 'memory',
});

/**
 * Runs the real program with `input` on stdin and returns what it printed, one parsed JSON object per line.
 * @param {string[]} input lines
 * @returns {Promise<{ code: number | null, records: any[], stderr: string }>}
 */
function pipe(input) {
  const child = spawn(process.execPath, [entry], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  child.stdin.end(input.map((line) => `${line}\n`).join(''));
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      const records = stdout.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line));
      resolve({ code, records, stderr });
    }),
  );
}

it('answers each message with one JSON line, in order, and exits when the input ends', async () => {
  const { code, records, stderr } = await pipe([
    JSON.stringify({ userId: 'ada', text: '/help' }),
    '/help',
    '',
    '{not json',
    JSON.stringify({ userId: 'ada', text: 42 }),
  ]);
  assert.equal(code, 0, stderr);
  assert.equal(records.length, 4, JSON.stringify(records));
  assert.equal(records[0].userId, 'ada');
  assert.match(records[0].replies.join('\n'), /\/new/);
  assert.equal(records[1].userId, 'pipe', 'a plain-text line comes from PIPE_USER');
  assert.deepEqual(records[1].replies, records[0].replies);
  assert.match(records[2].error, /"text"/);
  assert.deepEqual(records[3], records[2]);
});

it('keeps sessions per user named in the JSON lines', async () => {
  const { code, records, stderr } = await pipe([
    JSON.stringify({ userId: 'ada', text: 'remember me' }),
    JSON.stringify({ userId: 'bob', text: '/history' }),
    JSON.stringify({ userId: 'ada', text: '/history' }),
  ]);
  assert.equal(code, 0, stderr);
  assert.deepEqual(
    records.map((r) => r.userId),
    ['ada', 'bob', 'ada'],
  );
  assert.doesNotMatch(records[1].replies.join('\n'), /remember me/);
  assert.match(records[2].replies.join('\n'), /remember me/);
});
